package segment

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/clean"
	"github.com/sitrep-dev/sitrep/internal/doc"
)

func run(t testing.TB, meta doc.Meta, src string) *doc.Doc {
	t.Helper()
	c, err := clean.New()
	if err != nil {
		t.Fatal(err)
	}
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(meta, src)
	for _, st := range []interface {
		Process(context.Context, *doc.Doc) error
	}{c, s} {
		if err := st.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
	}
	if err := d.Check(); err != nil {
		t.Fatal(err)
	}
	return d
}

func sents(d *doc.Doc) []string {
	var out []string
	for _, s := range d.Sents {
		out = append(out, s.Span.In(d.Text))
	}
	return out
}

func TestSeedArticles(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{ID: "seed"}, string(src))
	want := []string{
		"Assad regime forces carry out massacre as Aleppo falls",
		`Bana and mother await "miracle" in siege in Aleppo`,
		"Death toll mounts as Aleppo air strikes continue",
	}
	if len(d.Articles) != len(want) {
		t.Fatalf("got %d articles, want %d", len(d.Articles), len(want))
	}
	for i, a := range d.Articles {
		if got := a.Title.In(d.Text); got != want[i] {
			t.Errorf("title %d = %q, want %q", i, got, want[i])
		}
		for _, bad := range []string{"| AFP Photo", `target="_blank"'>`, "AFP Photo"} {
			if strings.Contains(a.Span.In(d.Text), bad) || strings.Contains(a.Title.In(d.Text), bad) {
				t.Errorf("article %d keeps %q", i, bad)
			}
		}
	}
	if body := d.Articles[0].Span.In(d.Text); !strings.HasSuffix(body, "in a message to reporters.") {
		t.Errorf("article 0 ends %q", body[max(0, len(body)-40):])
	}
	if body := d.Articles[2].Span.In(d.Text); !strings.HasPrefix(body, "Over the course of the last 27 days") {
		t.Errorf("article 2 starts %q", body[:40])
	}
	for _, s := range sents(d) {
		for _, abbr := range []string{"Nov.28", "Dec. 4", "Sep. 2015", "w. Aleppo", "e. Aleppo", "Feb. 2016", "Dec. 11"} {
			if strings.HasSuffix(s, " "+strings.Fields(abbr)[0]) {
				t.Errorf("sentence ends at %q: %q", abbr, s)
			}
		}
	}
	if n := len(d.Sents); n < 40 || n > 50 {
		t.Errorf("got %d sentences", n)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"By Dec. 4, regime forces advanced. They captured Karm al-Myassar.", []string{"By Dec. 4, regime forces advanced.", "They captured Karm al-Myassar."}},
		{"Its first advance since Sep. 2015 was cutting off the route in early Feb. 2016. The PYD moved.", []string{"Its first advance since Sep. 2015 was cutting off the route in early Feb. 2016.", "The PYD moved."}},
		{"Opposition launched an attack on w. Aleppo in late October.", []string{"Opposition launched an attack on w. Aleppo in late October."}},
		{"Lt. Col. Ahmed Hamada and Mr. Haj Mustafa spoke to Gen. Aoun.", []string{"Lt. Col. Ahmed Hamada and Mr. Haj Mustafa spoke to Gen. Aoun."}},
		{"The U.N. Security Council met. It voted.", []string{"The U.N. Security Council met.", "It voted."}},
		{"Aid came from the U.S. The convoy arrived.", []string{"Aid came from the U.S.", "The convoy arrived."}},
		{"Resolution No. 5 passed with 1.5 million votes.", []string{"Resolution No. 5 passed with 1.5 million votes."}},
		{"President George W. Bush spoke.", []string{"President George W. Bush spoke."}},
		{"\"The collapse is terrifying,\" he said. \"We are squeezed.\" Al-Haj left.", []string{"\"The collapse is terrifying,\" he said.", "\"We are squeezed.\"", "Al-Haj left."}},
		{"\"Why?\" he asked. Nobody knew.", []string{"\"Why?\" he asked.", "Nobody knew."}},
		{"They waited... Then the shelling began.", []string{"They waited...", "Then the shelling began."}},
		{"Regime forces advanced by Dec. 7. Regime forces captured Bustan al-Qasr.", []string{"Regime forces advanced by Dec. 7.", "Regime forces captured Bustan al-Qasr."}},
		{"Line one ends here.\nLine two starts here.", []string{"Line one ends here.", "Line two starts here."}},
		{"A hard-wrapped line\ncontinues in lower case.", []string{"A hard-wrapped line\ncontinues in lower case."}},
	}
	for _, tt := range tests {
		d := run(t, doc.Meta{}, tt.in)
		got := sents(d)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("%q\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

func TestDatelines(t *testing.T) {
	tests := []struct {
		in                         string
		place, date, agency, body0 string
	}{
		{"BEIRUT (Reuters) - Syrian forces advanced on Sunday.", "BEIRUT", "", "Reuters", "Syrian forces"},
		{"ALEPPO, Syria, Dec. 12 (AP) — Rebels retreated.", "ALEPPO, Syria", "Dec. 12", "AP", "Rebels"},
		{"KABUL, Afghanistan (AP) — A suicide bomber killed 12 people.", "KABUL, Afghanistan", "", "AP", "A suicide"},
		{"CHARLESTON, W.Va. -- Emilie Holroyd, a longtime volunteer, died.", "CHARLESTON, W.Va.", "", "", "Emilie"},
		{"SOUTH CHARLESTON, W.Va. -- Restaurateur Bill Sohovich said.", "SOUTH CHARLESTON, W.Va.", "", "", "Restaurateur"},
		{"Wed 05 Apr 2017 Victims of a suspected chemical attack.", "", "05 Apr 2017", "", "Victims"},
		{"Published February 23 2015 A suicide bomber killed four people.", "", "February 23 2015", "", "A suicide"},
		{"Last updated at Apr 232017 An Israeli attack killed three.", "", "Apr 232017", "", "An Israeli"},
		{"Damascus, SANA – Terrorists fired shells.", "Damascus", "", "SANA", "Terrorists"},
		{"24.08.2013 Syrian state media accused rebels.", "", "24.08.2013", "", "Syrian state"},
		{"Wednesday 07 December 2016 135 Civilians Killed in Idlib.", "", "07 December 2016", "", "135 Civilians"},
		// FA-KES (CC BY 4.0), after the repeated headline: the agency, then the date.
		{"AFP Thursday 9 Jul 2015 At least 19 civilians including five children were killed.", "", "9 Jul 2015", "AFP", "At least 19"},
		{"Reuters Sunday 12 Jun 2016 Air strikes carried out by Syrian or Russian warplanes killed more than 20 people.", "", "12 Jun 2016", "Reuters", "Air strikes"},
	}
	for _, tt := range tests {
		d := run(t, doc.Meta{}, tt.in)
		if len(d.Datelines) != 1 {
			t.Errorf("%q: %d datelines", tt.in, len(d.Datelines))
			continue
		}
		dl := d.Datelines[0]
		if dl.Place.In(d.Text) != tt.place || dl.Date.In(d.Text) != tt.date || dl.Agency.In(d.Text) != tt.agency {
			t.Errorf("%q: place %q date %q agency %q", tt.in, dl.Place.In(d.Text), dl.Date.In(d.Text), dl.Agency.In(d.Text))
		}
		if len(d.Sents) == 0 || !strings.HasPrefix(d.Sents[0].Span.In(d.Text), tt.body0) {
			t.Errorf("%q: first sentence %q", tt.in, sents(d))
		}
	}
}

// FA-KES (CC BY 4.0): the headline repeated after the dateline becomes the title.
func TestRepeatedHeadline(t *testing.T) {
	d := run(t, doc.Meta{Title: "Syria attack symptoms consistent with nerve agent use WHO"},
		"Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use WHO. Victims of a suspected chemical attack in Syria appeared to show symptoms.")
	a := d.Articles[0]
	if a.Title.In(d.Text) != "Syria attack symptoms consistent with nerve agent use WHO" {
		t.Errorf("title %q", a.Title.In(d.Text))
	}
	if !strings.HasPrefix(a.Span.In(d.Text), "Victims of") {
		t.Errorf("body %q", a.Span.In(d.Text))
	}
	d = run(t, doc.Meta{Title: "58 Killed in Suspected Gas Attack in Syrias Idlib"},
		"Posted on April 4 2017 by Asharq Al-Awsat English 58 Killed in Suspected Gas Attack in Syrias Idlib Dozens of people have been killed.")
	if a := d.Articles[0]; !strings.HasPrefix(a.Span.In(d.Text), "Dozens of people") || a.Title.Empty() {
		t.Errorf("title %q body %q", a.Title.In(d.Text), a.Span.In(d.Text))
	}
}

// An event note that ends in a bracketed tag is a sentence, not a
// headline over the notes after it.
func TestTaggedNoteIsNoTitle(t *testing.T) {
	d := run(t, doc.Meta{}, "On 3 March 2024, RSF shelled Karari locality in Omdurman (Khartoum), killing 5 civilians and injuring 12 others. [size=no report]\n\nOn 20 January 2024, Al Shabaab militants detonated an IED near Balcad.")
	if len(d.Articles) != 1 || !d.Articles[0].Title.Empty() {
		t.Fatalf("articles %d, title %q", len(d.Articles), d.Articles[0].Title.In(d.Text))
	}
	if !strings.HasPrefix(d.Articles[0].Span.In(d.Text), "On 3 March 2024") {
		t.Errorf("body %q", d.Articles[0].Span.In(d.Text))
	}
	d = run(t, doc.Meta{}, "Gunmen kill 12 in Zamfara [video]\n\nGunmen killed 12 people in Zamfara on Monday.")
	if d.Articles[0].Title.In(d.Text) != "Gunmen kill 12 in Zamfara [video]" {
		t.Errorf("title %q", d.Articles[0].Title.In(d.Text))
	}
}

func TestSubheadIsNotAnArticle(t *testing.T) {
	d := run(t, doc.Meta{}, "Shelling continued in Aleppo on Monday, residents said.\n\nBackground\n\nThe city has been divided since 2012.")
	if len(d.Articles) != 1 {
		t.Errorf("got %d articles", len(d.Articles))
	}
}

// Wire stories glued together with no headlines: each dateline that
// opens a paragraph starts an article; a paragraph without one goes on
// the story before it; a headline leads the dateline under it.
func TestDatelineStartsArticle(t *testing.T) {
	text := "KHARTOUM, Sudan (AP) — RSF fighters shelled a camp near El Fasher on Sunday.\n\n" +
		"The Sudan Doctors Network said the RSF also stormed a village.\n\n" +
		"GOMA, Congo (Reuters) — M23 rebels seized the town of Walikale on Wednesday.\n\n" +
		"Haitian Gangs Free Prisoners in Mirebalais\n\n" +
		"PORT-AU-PRINCE, Haiti — Gang members attacked the town of Mirebalais overnight."
	d := run(t, doc.Meta{}, text)
	got := articleLines(d)
	want := []string{
		"|KHARTOUM, Sudan|KHARTOUM, Sudan (AP)",
		"|GOMA, Congo|GOMA, Congo (Reuters",
		"Haitian Gangs Free Prisoners in Mirebalais|PORT-AU-PRINCE, Haiti|PORT-AU-PRINCE, Hait",
	}
	sameLines(t, got, want)
}

// A scraped page whose paragraphs are one line each, glued by single
// newlines, with three stories in it (testdata/corpus/scraped-el-fasher.txt):
// each headline's line between a finished sentence or a page's furniture
// ("Advertisement") and a long line or a dateline starts a story. The seed's timeline,
// one line a paragraph, and wrapped text of short lines are not split.
func TestGluedOneLineParagraphs(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/scraped-el-fasher.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{}, string(src))
	got := articleLines(d)
	want := []string{
		"RSF shells El Fasher hospital as siege tightens||The Rapid Support Fo",
		"Sudan army says it repelled RSF assault on El Fasher|KHARTOUM|KHARTOUM, Sept 24 (R",
		"Famine spreads in Zamzam as aid blocked||Aid groups said on W",
	}
	sameLines(t, got, want)
	wrapped := "The army said it had killed 40 militants in the\nnorthern town of Marte on Sunday, and that the\nFighting Went On Into The Night In The Hills\nof the border region, officials said on Monday."
	if d := run(t, doc.Meta{}, wrapped); len(d.Articles) != 1 || len(d.Paras) != 1 {
		t.Errorf("wrapped text: %d articles, %d paragraphs", len(d.Articles), len(d.Paras))
	}
}

// A headline's line over a byline and a date line of their own ("by Martin
// Fornusek", "October 31, 2024 9:14 AM 2 min read") opens a story, first
// in the page or after a finished sentence; the byline and the date are
// its dateline (testdata/corpus/scraped-kharkiv.txt).
func TestHeadlineOverByline(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/scraped-kharkiv.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{}, string(src))
	var got []string
	for _, a := range d.Articles {
		date := ""
		if a.Dateline.Valid() {
			date = d.Datelines[a.Dateline.Get()].Date.In(d.Text)
		}
		got = append(got, a.Title.In(d.Text)+"|"+date)
	}
	want := []string{
		"Russian attack on Kharkiv kills 6, injures dozens|October 31, 2024",
		"Ukraine war latest: Russian troops advance near Kurakhove|October 31, 2024",
	}
	sameLines(t, got, want)
}

// articleLines shows each article as "title|dateline's place|the first
// 20 bytes of its body".
func articleLines(d *doc.Doc) []string {
	var out []string
	for _, a := range d.Articles {
		dl := ""
		if a.Dateline.Valid() {
			dl = d.Datelines[a.Dateline.Get()].Place.In(d.Text)
		}
		out = append(out, fmt.Sprintf("%s|%s|%.20s", a.Title.In(d.Text), dl, a.Span.In(d.Text)))
	}
	return out
}

func sameLines(t *testing.T, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("articles:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func FuzzSegment(f *testing.F) {
	c, _ := clean.New()
	s, _ := New()
	for _, x := range []string{"A b c d.\n\nTitle Of A Thing Here\n\nBody. More.", "x.Bana and mother await\n\ny", "Dec. 4. U.S. The", "BEIRUT (Reuters) - x", "\n\n\n", "...",
		"A line of text long enough to count as one paragraph of a scraped page, ending its sentence here.\nAdvertisement\nSudan army says it repelled an assault\nby Jane Doe\nKHARTOUM, Sept 24 (Reuters) - The army said it had repelled a major assault on the city, killing hundreds."} {
		f.Add(x)
	}
	f.Fuzz(func(t *testing.T, src string) {
		d := doc.New(doc.Meta{Title: "Title"}, src)
		c.Process(context.Background(), d)
		s.Process(context.Background(), d)
		if err := d.Check(); err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(d.Sents); i++ {
			if d.Sents[i].Span.Start < d.Sents[i-1].Span.End {
				t.Fatalf("sentences overlap: %v %v", d.Sents[i-1], d.Sents[i])
			}
		}
	})
}
