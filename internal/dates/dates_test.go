package dates_test

import (
	"context"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func run(t *testing.T, text string, pub string) *doc.Doc {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	var meta doc.Meta
	if pub != "" {
		meta.Published, _ = time.Parse(time.DateOnly, pub)
	}
	d := doc.New(meta, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

// A date that opens a period reaching to now dates no article: with
// nothing else to go on, the publication date stays unknown (and
// "Thursday" unresolved) rather than falling in March 2011. (From an
// Ahram Online/AFP story in FA-KES.)
func TestInferSkipsOnset(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Air strikes on two hospitals in rebel-held northwestern Syria on Thursday left 10 people dead. More than 320000 people have been killed in Syria since the conflict began in March 2011.", ""},
		{"Air strikes on Thursday left 10 dead. More than 320000 people have been killed since March 2011.", ""},
		{"The war that began in March 2011 goes on. Strikes on 3 April 2017 killed 10.", "2017-04-03"},
		// A date relative to the one sought, or ahead of it, bounds nothing
		// (FA-KES, Ahram Online/AFP, 15 Feb 2015: "last September" is 2014).
		{"Kurdish forces recaptured the town on January 26 2015. IS fighters began advancing on the town last September.", "2015-01-26"},
		{"Strikes on 3 April 2017 killed 10. Talks will resume on April 20.", "2017-04-03"},
	}
	for _, tt := range tests {
		d := run(t, tt.text, "")
		got := ""
		if p := d.ArticleDates[0].Published; p != 0 {
			got = dates.Format(p)
		}
		if got != tt.want {
			t.Errorf("%q: published %q, want %q", tt.text, got, tt.want)
		}
	}
}

// The seed's timeline (testdata/corpus/aleppo-2016-12.txt): every dated
// statement lands in its window, and the publication date is inferred.
func TestSeedTimeline(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(src), "")
	if ad := d.ArticleDates[0]; dates.Format(ad.Published) != "2016-12-12" || !ad.Inferred {
		t.Errorf("published %s inferred %v", dates.Format(ad.Published), ad.Inferred)
	}
	want := map[string][2]string{
		"Monday":           {"2016-12-12", "2016-12-12"},
		"Sep. 2015":        {"2015-09-01", "2015-09-30"},
		"early Feb. 2016":  {"2016-02-01", "2016-02-10"},
		"late July":        {"2016-07-21", "2016-07-31"},
		"early August":     {"2016-08-01", "2016-08-10"},
		"mid-October":      {"2016-10-11", "2016-10-20"},
		"Nov. 26":          {"2016-11-26", "2016-11-26"},
		"Dec. 4":           {"2016-12-04", "2016-12-04"},
		"the last 27 days": {"2016-11-16", "2016-12-12"},
	}
	found := map[string]bool{}
	for _, x := range d.Dates {
		txt := x.Span.In(d.Text)
		if w, ok := want[txt]; ok {
			found[txt] = true
			if got := [2]string{dates.Format(x.Start), dates.Format(x.End)}; got != w {
				t.Errorf("%q → %v, want %v", txt, got, w)
			}
		}
		if txt == "Jan" {
			t.Errorf("Jan Egeland read as a date")
		}
	}
	for k := range want {
		if !found[k] {
			t.Errorf("%q not found", k)
		}
	}
}

func TestNormalize(t *testing.T) {
	tests := []struct {
		text, pub, span, typ, value, mod string
	}{
		{"Shelling resumed on Monday.", "2016-12-14", "Monday", "DATE", "2016-12-12", ""},
		{"Shelling resumed on Wednesday.", "2016-12-14", "Wednesday", "DATE", "2016-12-14", ""},
		{"Clashes erupted yesterday.", "2016-12-14", "yesterday", "DATE", "2016-12-13", ""},
		{"Talks stalled last week.", "2016-12-14", "last week", "DATE", "2016-W49", ""},
		{"Two days ago the convoy left.", "2016-12-14", "Two days ago", "DATE", "2016-12-12", ""},
		// "earlier", "later" and a bare time of day go on from the day the
		// story is at; "ago" counts from the day of writing.
		{"Jets struck Idlib on Monday. Two days earlier the convoy left.", "2016-12-14", "Two days earlier", "DATE", "2016-12-10", ""},
		{"Jets struck Idlib on Monday. Three days later the convoy left.", "2016-12-14", "Three days later", "DATE", "2016-12-15", ""},
		{"Jets struck Idlib on Monday. The strike hit at around 7 a.m.", "2016-12-14", "7 a.m.", "TIME", "2016-12-12T07:00", ""},
		{"The siege began in late July.", "2016-12-14", "late July", "DATE", "2016-07", "END"},
		{"He was arrested on 4 December 2016 in Homs.", "", "4 December 2016", "DATE", "2016-12-04", ""},
		{"Fighting over the past two months displaced thousands.", "2016-12-14", "the past two months", "DURATION", "P2M", ""},
		{"Rebels held the town since 2012.", "2016-12-14", "2012", "DATE", "2012", ""},
		{"The summer of 2015 was calm.", "", "The summer of 2015", "DATE", "2015-SU", ""},
		{"Aid arrives daily.", "2016-12-14", "daily", "SET", "P1D", ""},
		{"The strike came on 12/4/2016 at dawn.", "", "12/4/2016", "DATE", "2016-12-04", ""},
		// Day first when the document writes days first elsewhere.
		{"Filed 24/11/2016. The strike came on 4/12/2016 at dawn.", "", "4/12/2016", "DATE", "2016-12-04", ""},
		// Day first when month first would lie after publication.
		{"The strike came on 12/5/2016 at dawn.", "2016-06-01", "12/5/2016", "DATE", "2016-05-12", ""},
		// Forward-looking clauses take the next weekday or month.
		{"Talks are scheduled to resume on Tuesday in Geneva.", "2016-12-14", "Tuesday", "DATE", "2016-12-20", ""},
		{"The envoy said on Tuesday that talks had failed.", "2016-12-14", "Tuesday", "DATE", "2016-12-13", ""},
		// TimeBank/AQUAINT sentences: a plan looks ahead; "next to" and a
		// reported clause's "would" after the weekday do not.
		{"Protesters were planning to drive around Miami International Airport on Monday.", "2000-01-07", "Monday", "DATE", "2000-01-10", ""},
		{"More than 100 people have been killed in the blasts next to the U.S. embassies in Kenya and Tanzania on Friday.", "1998-08-08", "Friday", "DATE", "1998-08-07", ""},
		{"The company said Wednesday it would sell the unit.", "1989-10-27", "Wednesday", "DATE", "1989-10-25", ""},
		{"Elections will be held in April.", "2016-12-14", "April", "DATE", "2017-04", ""},
		{"He visited Aleppo last April.", "2016-12-14", "last April", "DATE", "2016-04", ""},
		{"The town fell in June last year.", "2016-12-14", "June last year", "DATE", "2015-06", ""},
		{"Casualties rose from a year earlier.", "2016-12-14", "a year earlier", "DATE", "2015", ""},
		{"Profit fell in the third quarter, down from the year-ago quarter.", "2016-12-14", "the year-ago quarter", "DATE", "2015-Q3", ""},
		{"The convoy was hit at 9 a.m. on Tuesday.", "2016-12-14", "9 a.m. on Tuesday", "TIME", "2016-12-13T09:00", ""},
		{"Air raids continued last night across the east.", "2016-12-14", "last night", "TIME", "2016-12-13TNI", ""},
		{"In the winter of nineteen ninety-four the city froze.", "", "the winter of nineteen ninety-four", "DATE", "1994-WI", ""},
		{"Talks lasted 2 1/2 years.", "", "2 1/2 years", "DURATION", "P2Y6M", ""},
		{"Aid workers earn $300 a month.", "", "", "", "", ""},
		{"Dozens died in recent weeks.", "2016-12-14", "recent weeks", "DURATION", "PXW", ""},
		{"Troops will leave by the end of the year.", "2016-12-14", "the end of the year", "DATE", "2016", "END"},
		{"Talks resume early next year.", "2016-12-14", "early next year", "DATE", "2017", "START"},
		// A month every year (TimeBank APW19980322).
		{"Orangemen march each July from their rural church back downtown.", "1998-03-22", "each July", "SET", "XXXX-07", ""},
		// "that day" is the day last named, a weekday's too.
		{"Jets struck Douma on Monday. Rescuers worked through the night, and that day 20 bodies were found.", "2016-12-14", "that day", "DATE", "2016-12-12", ""},
		// A year before "killed" is a year after a preposition (FA-KES).
		{"The first explosion since the outbreak of the civil war in 2011 killed a nurse.", "2015-02-22", "2011", "DATE", "2011", ""},
		// Day-first dates with the months that are also words.
		{"Clashes broke out on the morning of 12 May.", "2019-06-06", "12 May", "DATE", "2019-05-12", ""},
		{"The siege began on 1 March and ended on 15 April.", "2019-06-06", "1 March", "DATE", "2019-03-01", ""},
		// Named days: fixed, nth weekday, Easter, the Islamic calendar.
		{"The market was bombed on Christmas Day.", "2016-12-28", "Christmas Day", "DATE", "2016-12-25", ""},
		{"The market was bombed on Christmas.", "2016-12-14", "Christmas", "DATE", "2016-12-25", ""},
		{"The doctor was shot a month before Thanksgiving Day.", "1999-12-01", "Thanksgiving Day", "DATE", "1999-11-25", ""},
		{"The church was attacked on Easter Sunday 2016.", "", "Easter Sunday 2016", "DATE", "2016-03-27", ""},
		{"A truce was agreed for Eid al-Adha.", "2016-09-20", "Eid al-Adha", "DATE", "2016-09-12", "APPROX"},
		{"A car bomb exploded on the eve of Eid al-Fitr.", "2016-07-20", "Eid al-Fitr", "DATE", "2016-07-06", "APPROX"},
		// (a feast of the lunar calendar is known to a day or two: the
		// arithmetical calendar, not the sighting)
		{"Kurds marched on Newroz.", "2017-04-02", "Newroz", "DATE", "2017-03-21", ""},
		// A year in words, as transcripts write it.
		{"The town was razed in nineteen ninety-six.", "", "nineteen ninety-six", "DATE", "1996", ""},
		// A weekday's deed, named by its possessive, is past even in a
		// clause that looks ahead (APW20000107).
		{"They said they would look for ways to get around Wednesday's ruling.", "2000-01-07", "Wednesday", "DATE", "2000-01-05", ""},
		// A deed named by its day is past, whatever governs the phrase
		// (Reuters, 10 September 2013).
		{"The draft resolution would include an explicit condemnation of an August 21 chemical weapons attack.", "2013-09-10", "August 21", "DATE", "2013-08-21", ""},
		// A plan named before a past verb: the event was planned, and
		// then it was called off (APW19991024).
		{"A memorial service planned for Saturday was canceled.", "1999-10-24", "Saturday", "DATE", "1999-10-23", ""},
		// Not dates: a company, a fraction, a title.
		{`Baker, speaking on ABC News' "This Week," said the request was fair.`, "1990-08-13", "", "", "", ""},
		{"Profit fell at Sun, which makes workstations.", "1989-10-27", "", "", "", ""},
		{"About three-quarters of the town was destroyed.", "2016-12-14", "", "", "", ""},
		{"He wrote in the Communist Party daily Granma.", "2000-01-28", "", "", "", ""},
	}
	for _, tt := range tests {
		d := run(t, tt.text, tt.pub)
		ok := false
		for _, x := range d.Dates {
			if x.Span.In(d.Text) == tt.span {
				ok = true
				if x.Type != tt.typ || x.Value != tt.value || x.Mod != tt.mod {
					t.Errorf("%q: %s %s %s, want %s %s %s", tt.span, x.Type, x.Value, x.Mod, tt.typ, tt.value, tt.mod)
				}
			}
		}
		if tt.span == "" && len(d.Dates) > 0 {
			t.Errorf("%q: want no date, got %q", tt.text, d.Dates[0].Span.In(d.Text))
		}
		if !ok && tt.span != "" {
			t.Errorf("%q: %q not found in %v", tt.text, tt.span, d.Dates)
		}
	}
}

func TestNoInventedYear(t *testing.T) {
	d := run(t, "Regime forces advanced on Dec. 4 after heavy shelling.", "")
	if len(d.ArticleDates) != 1 || d.ArticleDates[0].Published != 0 {
		t.Errorf("published %v", d.ArticleDates)
	}
	if len(d.Dates) != 1 || d.Dates[0].Value != "XXXX-12-04" || d.Dates[0].Start != 0 {
		t.Errorf("dates %+v", d.Dates)
	}
}

func TestBadDates(t *testing.T) {
	long := make([]byte, 100000)
	for i := range long {
		long[i] = '7'
	}
	for _, s := range []string{"Dec. 99 and 2016-13-45 and 31 February and 0000 and 99999.", string(long)} {
		d := run(t, s, "2016-12-14")
		for _, x := range d.Dates {
			if x.Start != 0 && (x.End < x.Start) {
				t.Errorf("bad range %+v", x)
			}
		}
	}
}

func FuzzDates(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{Published: time.Date(2016, 12, 12, 0, 0, 0, 0, time.UTC)}, []string{"Dec. 4", "early Feb. 2016", "the last 27 days", "on Monday", "12/4/2016", "31 February 2016", "the 1990s"}, func(t *testing.T, d *doc.Doc) {
		for _, x := range d.Dates {
			if x.Span.End > int32(len(d.Text)) || x.End < x.Start {
				t.Fatalf("bad timex %+v", x)
			}
		}
	})
}

func TestRanges(t *testing.T) {
	tests := []struct {
		text, pub, span, kind, start, end string
	}{
		{"Between Nov. 26 and Dec. 4 regime forces took the east.", "2016-12-12", "Between Nov. 26 and Dec. 4", "between", "2016-11-26", "2016-12-04"},
		{"The siege lasted from July to September 2015 in Daraya.", "2016-12-12", "from July to September 2015", "from", "2015-07-01", "2015-09-30"},
		{"Rebels have held the district since 2012.", "2016-12-12", "since 2012", "since", "2012-01-01", "2016-12-12"},
		{"Fighting raged Nov. 26-Dec. 4 in the old city.", "2016-12-12", "Nov. 26-Dec. 4", "from", "2016-11-26", "2016-12-04"},
		// Days sharing one month, as ACLED's notes and datelines write them.
		{"Between 1 and 3 May 2019, regime forces shelled Kafr Nabudah.", "", "Between 1 and 3 May 2019", "between", "2019-05-01", "2019-05-03"},
		{"Clashes on 12-14 June 2018 killed 9.", "", "12-14 June 2018", "from", "2018-06-12", "2018-06-14"},
		{"Clashes on May 1-3, 2019 killed 9.", "", "May 1-3, 2019", "from", "2019-05-01", "2019-05-03"},
		// Two days running are one stretch (ACLED's notes).
		{"On 3 and 4 March 2024, the SAF and the RSF clashed in Omdurman.", "", "3 and 4 March 2024", "from", "2024-03-03", "2024-03-04"},
		{"On 30 April and 1 May 2024, RSF fighters attacked Tawila.", "", "30 April and 1 May 2024", "from", "2024-04-30", "2024-05-01"},
		// A night across two days (wire copy).
		{"An air strike killed 23 people on the night of Monday to Tuesday.", "2019-06-05", "Monday to Tuesday", "from", "2019-06-03", "2019-06-04"},
		{"Drones struck Odesa overnight Sunday into Monday.", "2019-06-05", "Sunday into Monday", "from", "2019-06-02", "2019-06-03"},
	}
	for _, tt := range tests {
		d := run(t, tt.text, tt.pub)
		if len(d.DateRanges) != 1 {
			t.Errorf("%q: ranges %+v", tt.text, d.DateRanges)
			continue
		}
		r := d.DateRanges[0]
		if got := r.Span.In(d.Text); got != tt.span || r.Kind != tt.kind || dates.Format(r.Start) != tt.start || dates.Format(r.End) != tt.end {
			t.Errorf("%q: %q %s %s..%s, want %q %s %s..%s", tt.text, got, r.Kind, dates.Format(r.Start), dates.Format(r.End), tt.span, tt.kind, tt.start, tt.end)
		}
	}
}

func TestGoverning(t *testing.T) {
	text := "Regime forces seized Karm al-Myassar on Dec. 4, while rebels shelled Hamdaniyeh. " +
		"Fighting continued in the old city.\n\n" +
		"At least 16 civilians have been killed, activists said.\n\n" +
		"On 9 January 2021, protesters demanded justice for the 2019 revolution. Police fired tear gas.\n\n" +
		"The monitor put the death toll at 18.\n\n" +
		"On 12 January 2021, JNIM claimed an attack on a camp in Boulkessi the previous day."
	d := run(t, text, "2021-01-12")
	tests := []struct {
		at, from, start, end string
	}{
		{"seized", "clause", "2020-12-04", "2020-12-04"},
		{"shelled", "sentence", "2020-12-04", "2020-12-04"},
		{"Fighting continued", "paragraph", "2020-12-04", "2020-12-04"},
		{"killed", "published", "2021-01-12", "2021-01-12"},
		// The narrative's finest date, not the background year.
		{"Police fired", "paragraph", "2021-01-09", "2021-01-09"},
		// A later paragraph in the past goes on with the lead's day.
		{"put the death toll", "lead", "2020-12-04", "2020-12-04"},
		// A day told after the deed as one before the sentence's own is
		// the deed's (an ACLED-style note written for sitrep).
		{"attack", "clause", "2021-01-11", "2021-01-11"},
	}
	for _, tt := range tests {
		i := strings.Index(d.Text, tt.at)
		g, ok := dates.Governing(d, doc.Span{Start: int32(i), End: int32(i + len(tt.at))})
		if !ok || g.From != tt.from || dates.Format(g.Start) != tt.start || dates.Format(g.End) != tt.end {
			t.Errorf("%q: %+v %v, want %s %s..%s", tt.at, g, ok, tt.from, tt.start, tt.end)
		}
	}
	// A deadline is no day of the deed its sentence dates otherwise.
	d = run(t, "On 8 April 2025, the junta announced a temporary ceasefire until 22 April.", "2025-04-10")
	at := strings.Index(d.Text, "ceasefire")
	if g, ok := dates.Governing(d, doc.Span{Start: int32(at), End: int32(at + 9)}); !ok || dates.Format(g.Start) != "2025-04-08" {
		t.Errorf("deadline: %+v %v, want 2025-04-08", g, ok)
	}
	// A lunar feast yields to the day stated beside it (Pakistan kept
	// Mawlid 2023 on 29 September, two days after the arithmetical date).
	d = run(t, "On 29 September 2023, a suicide bomber blew himself up at a Mawlid procession in Mastung, killing 52 people.", "2023-10-01")
	i := strings.Index(d.Text, "blew")
	if g, ok := dates.Governing(d, doc.Span{Start: int32(i), End: int32(i + 4)}); !ok || dates.Format(g.Start) != "2023-09-29" || g.End != g.Start {
		t.Errorf("Mawlid: %+v %v, want 2023-09-29", g, ok)
	}
}

// Weeks and halves of a month or year, and the part of this week before
// or after the day it is told (published Tuesday 10 September 2024).
func TestWeeksAndHalves(t *testing.T) {
	tests := []struct{ text, span, from, to string }{
		{"Jets struck Ariha during the week of March 3.", "the week of March 3", "2024-03-03", "2024-03-09"},
		{"Shelling hit Saraqib in the first week of August.", "the first week of August", "2024-08-01", "2024-08-07"},
		{"Shelling hit Saraqib in the last week of June.", "the last week of June", "2024-06-24", "2024-06-30"},
		{"Attacks rose in the second half of June.", "the second half of June", "2024-06-16", "2024-06-30"},
		{"Attacks rose in the first half of 2023.", "the first half of 2023", "2023-01-01", "2023-06-30"},
		{"A raid took place earlier this week.", "earlier this week", "2024-09-09", "2024-09-09"},
		{"Talks will resume later this month.", "later this month", "2024-09-11", "2024-09-30"},
		{"They fled an army offensive earlier in the week.", "earlier in the week", "2024-09-09", "2024-09-09"},
		{"Talks will resume later in the month.", "later in the month", "2024-09-11", "2024-09-30"},
	}
	checkSpans(t, "2024-09-10", tests)
	// Not a date: a week of something else.
	d := run(t, "The first week of the war was the deadliest.", "2024-09-10")
	for _, x := range d.Dates {
		if strings.Contains(x.Span.In(d.Text), "first week of") {
			t.Errorf("%q read as a date", x.Span.In(d.Text))
		}
	}
}

// A duration after "for" in the present perfect runs up to the time of
// writing; in the past or past perfect it is not anchored (FA-KES and
// wire sentences).
func TestPerfectFor(t *testing.T) {
	tests := []struct{ text, span, from, to string }{
		{"The city has been besieged for more than a year.", "more than a year", "2015-12-14", "2016-12-12"},
		{"Eastern Ghouta has been under government siege for nearly two years.", "nearly two years", "2014-12-14", "2016-12-12"},
		{"The bombing has been ongoing for over a month now.", "over a month", "2016-11-13", "2016-12-12"},
		{"He was detained for two years.", "two years", "", ""},
		{"The town had been besieged for three months.", "three months", "", ""},
	}
	checkSpans(t, "2016-12-12", tests)
}

// checkSpans runs each text published on pub and checks that the date
// with the span given runs from..to ("" for a date with no days).
func checkSpans(t *testing.T, pub string, tests []struct{ text, span, from, to string }) {
	t.Helper()
	for _, tt := range tests {
		d := run(t, tt.text, pub)
		found := false
		for _, x := range d.Dates {
			if x.Span.In(d.Text) == tt.span {
				found = true
				if got := [2]string{dates.Format(x.Start), dates.Format(x.End)}; got != [2]string{tt.from, tt.to} {
					t.Errorf("%q: %q → %v, want %s..%s", tt.text, tt.span, got, tt.from, tt.to)
				}
			}
		}
		if !found {
			var got []string
			for _, x := range d.Dates {
				got = append(got, x.Span.In(d.Text))
			}
			t.Errorf("%q: no %q in %q", tt.text, tt.span, got)
		}
	}
}

// The day a statement was told, not the day of what it tells: after a verb
// of telling, past "late" or "early" and where it was carried.
func TestTold(t *testing.T) {
	tests := []struct {
		text, date string
		told       bool
	}{
		{"Officials said on Tuesday that the village was shelled.", "Tuesday", true},
		{"The ministry said late Friday that 29 soldiers were killed.", "Friday", true},
		{"The ministry said in a statement read on state television late Friday that 29 soldiers were killed.", "Friday", true},
		{"JNIM claimed responsibility for the attack in a statement on Friday, saying it had killed 50 soldiers.", "Friday", true},
		{"Jihadists killed 29 soldiers in an ambush on Thursday.", "Thursday", false},
		{"Soldiers were ambushed late Thursday near Tassia.", "Thursday", false},
	}
	for _, tt := range tests {
		if x, ok := dateNamed(t, run(t, tt.text, "2025-03-22"), tt.date); ok && x.Told != tt.told {
			t.Errorf("%q: %q told %v, want %v", tt.text, tt.date, x.Told, tt.told)
		}
	}
}

// dateNamed returns the date mention of d written as text, failing the
// test when there is none.
func dateNamed(t *testing.T, d *doc.Doc, text string) (doc.Timex, bool) {
	t.Helper()
	for _, x := range d.Dates {
		if x.Span.In(d.Text) == text {
			return x, true
		}
	}
	t.Errorf("%q: no date %q", d.Text, text)
	return doc.Timex{}, false
}

// "The previous week" and "the previous day" are before the date in
// focus, not before the day of writing; with no day before them, before
// the day of writing.
func TestPreviousUnit(t *testing.T) {
	tests := []struct{ text, date, from, to string }{
		{"As reported on 20 November 2024, militia killed 6 farmers in the previous week.", "previous week", "2024-11-11", "2024-11-17"},
		{"On Friday 15 November 2024, shelling killed 10. Six had been killed the previous day.", "previous day", "2024-11-14", "2024-11-14"},
		{"Militia killed 6 farmers in the previous week.", "previous week", "2024-11-25", "2024-12-01"},
	}
	for _, tt := range tests {
		if x, ok := dateNamed(t, run(t, tt.text, "2024-12-04"), tt.date); ok {
			if from, to := dates.Time(x.Start).Format("2006-01-02"), dates.Time(x.End).Format("2006-01-02"); from != tt.from || to != tt.to {
				t.Errorf("%q: %q is %s..%s, want %s..%s", tt.text, tt.date, from, to, tt.from, tt.to)
			}
		}
	}
}

// An article's own dated line is its day when the input's date is the
// same or up to a month later — a live blog saved the day after, whose
// entries fall under "14 Mar 2024" — and not when it is later than the
// input's date or long before it.
func TestDatelineOverInput(t *testing.T) {
	text := "Live updates\n\n14 Mar 2024\n09:12 GMT\nUkraine says it downed drones\n\nUkraine's air force says its air defences destroyed 17 of 22 Shahed drones launched by Russia overnight.\n"
	for _, tt := range []struct{ pub, want string }{
		{"2024-03-15", "2024-03-14"},
		{"2024-03-14", "2024-03-14"},
		{"2024-03-13", "2024-03-13"}, // the line is later than the input's day
		{"2024-06-01", "2024-06-01"}, // long before it: not this page's day
		{"", "2024-03-14"},
	} {
		d := run(t, text, tt.pub)
		var got []string
		for _, ad := range d.ArticleDates {
			got = append(got, dates.Format(ad.Published))
		}
		if got[len(got)-1] != tt.want {
			t.Errorf("published %q: article days %v, want the last %s", tt.pub, got, tt.want)
		}
	}
}

// A dateline's day with no year ("KHARTOUM, Sept 3 (Reuters) -") is the
// last such day by the input's date, and dates its story: "on Tuesday" is
// the Tuesday before 3 September 2025, not before the input's day.
func TestYearlessDateline(t *testing.T) {
	text := "KHARTOUM, Sept 3 (Reuters) - Paramilitary Rapid Support Forces shelled a displacement camp on the outskirts of El Fasher on Tuesday, killing at least 24 people.\n"
	for _, tt := range []struct{ pub, published, tuesday string }{
		{"2025-09-04", "2025-09-03", "2025-09-02"},
		{"2025-09-03", "2025-09-03", "2025-09-02"},
		{"2026-01-02", "2026-01-02", "2025-12-30"}, // four months on: not this page's day
	} {
		d := run(t, text, tt.pub)
		if got := dates.Format(d.ArticleDates[len(d.ArticleDates)-1].Published); got != tt.published {
			t.Errorf("published %s: article day %s, want %s", tt.pub, got, tt.published)
		}
		i := strings.Index(d.Text, "shelled")
		if g, ok := dates.Governing(d, doc.Span{Start: int32(i), End: int32(i + 7)}); !ok || dates.Format(g.Start) != tt.tuesday {
			t.Errorf("published %s: shelled on %+v, want %s", tt.pub, g, tt.tuesday)
		}
	}
}

// What an aside (", which …,") says of someone named dates no deed of
// its sentence outside it; a clause that tells of the deed itself does.
func TestAside(t *testing.T) {
	for _, tt := range []struct{ text, at, want string }{
		{"The RSF, which has besieged El Fasher for more than a year, fired dozens of artillery shells into the Abu Shouk camp on Tuesday.", "fired", "2025-09-02"},
		{"The RSF, which has besieged El Fasher since May 2024, fired dozens of artillery shells into the Abu Shouk camp.", "fired", "2025-09-03"},
		{"The strike, which hit Lin Ta Lu village at around 1 a.m. on Friday, also wounded more than 30 people.", "strike", "2025-08-29"},
	} {
		d := run(t, tt.text, "2025-09-03")
		i := strings.Index(d.Text, tt.at)
		if g, ok := dates.Governing(d, doc.Span{Start: int32(i), End: int32(i + len(tt.at))}); !ok || dates.Format(g.Start) != tt.want {
			t.Errorf("%q: %s dated %+v, want %s", tt.text, tt.at, g, tt.want)
		}
	}
}

// When a truce took effect dates no later sentence of its paragraph.
func TestTookEffect(t *testing.T) {
	d := run(t, "Hamas accused Israel of violating the ceasefire that took effect on October 10. Israel said Hamas had broken the truce first by attacking its soldiers in Rafah.", "2025-11-02")
	i := strings.Index(d.Text, "attacking")
	if g, ok := dates.Governing(d, doc.Span{Start: int32(i), End: int32(i + 9)}); !ok || dates.Format(g.Start) != "2025-11-02" {
		t.Errorf("attacking dated %+v %v, want the publication's 2025-11-02", g, ok)
	}
}
