package actors_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func actorsOf(t testing.TB, text string) string {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Meta{}, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, a := range d.Actors {
		got = append(got, fmt.Sprintf("%s=%s(%s)", a.Span.In(d.Text), a.Name, a.Type))
	}
	return strings.Join(got, "; ")
}

// Names in ACLED's style from aliases as news writes them, generic kinds
// resolved against the story's country, in Syria and beyond.
func TestActors(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Over one hundred civilians were executed by Assad regime forces with Russian jets carrying out air strikes on Monday.",
			"civilians=Civilians (Syria)(civilians); Assad regime forces=Military Forces of Syria (2000-2024)(state); Russian jets=Military Forces of Russia (2000-)(external)"},
		{"Opposition fighters and Jabhat Fateh al-Sham repelled an attack by government troops and pro-government militias in Aleppo.",
			"Opposition fighters=Opposition Rebels (Syria)(rebel); Jabhat Fateh al-Sham=Jabhat al-Nusra(rebel); government troops=Military Forces of Syria (2024-)(state); pro-government militias=NDF: National Defence Forces(political militia)"},
		// FA-KES spellings; Islamic State's Somali branch; Fatah.
		{"Terrorists from Jaish al-Fatah fired rocket shells, and the army targeted a gathering of Fatah al-Shams commanders.",
			"Terrorists=Unidentified Armed Group (Syria)(rebel); Jaish al-Fatah=Jaish al-Fateh(rebel); the army=Military Forces of Syria (2024-)(state); Fatah al-Shams=Jabhat al-Nusra(rebel)"},
		{"ISIS-Somalia claimed the suicide attack on a checkpoint in Bosaso.",
			"ISIS-Somalia=Islamic State (Somalia)(rebel); suicide attack=Unidentified Armed Group (Somalia)(rebel)"},
		{"Clashes erupted between Fatah militants and Islamist gunmen in the Ain al-Hilweh camp near Sidon, Lebanon.",
			"Fatah militants=Fatah Movement(political militia); gunmen=Unidentified Armed Group (Lebanon)(rebel)"},
		{"IS fighters clashed with the SDF and the US-led coalition near Raqqa.",
			"IS fighters=Islamic State (Syria)(rebel); SDF=SDF: Syrian Democratic Forces(rebel); US-led coalition=International Coalition against Daesh(external)"},
		{"Turkish forces and Hezbollah fighters were deployed, while unidentified gunmen killed two men in Idlib.",
			"Turkish forces=Military Forces of Turkey (2016-)(external); Hezbollah fighters=Hezbollah(political militia); unidentified gunmen=Unidentified Armed Group (Syria)(rebel); two men=Civilians (Syria)(civilians)"},
		{"The Houthis fired missiles at Saudi-led coalition positions in Yemen.",
			"Houthis=Houthis: Ansar Allah(rebel); Saudi-led coalition=Saudi-led Coalition(external)"},
		// With no country anywhere, a generic kind is named alone, not
		// "of Unknown".
		{"Rebels took over the town after heavy fighting with the army.",
			"Rebels=Opposition Rebels(rebel); the army=Military Forces(state)"},
		// A short name in mixed case matches only as written: "LeT", not
		// "let".
		{"LeT militants attacked a camp in Kashmir, and the police let the army in.",
			"LeT militants=LeT: Lashkar-e-Taiba(rebel); the police=Police Forces of India (2014-)(state); the army=Military Forces of India (2014-)(state)"},
		// A country's initials before a forces noun the dictionary
		// lacks are its forces, not an acronym of another group.
		{"On Friday, US warships fired missiles at a base.",
			"US warships=Military Forces of the United States (2025-)(state)"},
		{"Bangladeshi BGB forces fired at smugglers.",
			"BGB forces=Military Forces of Bangladesh(state)"},
		// "Separatists" are the group that fights where the story is,
		// and an unidentified group where none does.
		{"Separatists attacked soldiers in Bamenda, Cameroon.",
			"Separatists=Ambazonian Separatists(rebel); soldiers=Military Forces of Cameroon (1982-)(state)"},
		{"Separatists attacked police in Turbat, Pakistan.",
			"Separatists=BLA: Baloch Liberation Army(rebel); police=Police Forces of Pakistan(state)"},
		{"Separatists attacked police in Donetsk, Ukraine.",
			"Separatists=Unidentified Armed Group (Ukraine)(rebel); police=Police Forces of Ukraine (2019-)(state)"},
		// "The coalition" is the one that fights where the story is.
		{"Coalition warplanes struck Sanaa in Yemen, the coalition said.",
			"Coalition warplanes=Saudi-led Coalition(external); the coalition=Saudi-led Coalition(external)"},
		{"Coalition warplanes struck Raqqa in Syria, the coalition said.",
			"Coalition warplanes=International Coalition against Daesh(external); the coalition=International Coalition against Daesh(external)"},
		// A named group that leads a generic kind is the kind's name
		// (ACLED note); a compound is still no actor ("regime-held").
		{"The Syrian army withdrew from Hama city as HTS-led opposition fighters advanced into regime-held districts.",
			"Syrian army=Military Forces of Syria (2024-)(state); HTS-led opposition fighters=HTS: Hayat Tahrir al-Sham(rebel)"},
		// "pro-government forces" are the focus country's, whatever it is
		// (FA-KES, Reuters, Aleppo; and Yemen).
		{"The Britain-based Syrian Observatory for Human Rights said pro-government forces had blocked a road north of Aleppo.",
			"Britain-based Syrian Observatory for Human Rights=SOHR: Syrian Observatory for Human Rights(organization); pro-government forces=Military Forces of Syria (2024-)(state)"},
		{"Pro-government forces pushed towards Hodeidah in Yemen.",
			"Pro-government forces=Military Forces of Yemen (2012-)(state)"},
		// Two initials of a group whose country the story never names are
		// someone else's ("AA Photo": Anadolu Agency, no Arakan Army);
		// tanks are their country's forces (FA-KES).
		{"AA Photo At least 20 people were killed in a barrel bomb attack in Aleppo, Syria.", ""},
		{"Syrian tanks shelled the central city of Hama on Monday.", "tanks=Military Forces of Syria (2024-)(state)"},
		// Light coreference: "the insurgents" of a later sentence are
		// the group named before; in the group's own sentence "the
		// rebels" are others (stories written for sitrep).
		{"Insurgents led by Hayat Tahrir al-Sham stormed into Aleppo on Friday. The Observatory said the insurgents captured government buildings.",
			"Insurgents=Opposition Rebels (Syria)(rebel); Hayat Tahrir al-Sham=HTS: Hayat Tahrir al-Sham(rebel); The Observatory=SOHR: Syrian Observatory for Human Rights(organization); insurgents=HTS: Hayat Tahrir al-Sham(rebel)"},
		// So are the militants after a group named by its name or its
		// kind, by the same noun when two groups were named before
		// them; not after two with no noun in common, nor after a group
		// that fights beside the state (notes written for sitrep; FA-KES,
		// AFP).
		{"Al Shabaab fighters attacked an army base in Moqokori. The militants seized the base.",
			"Al Shabaab=Al Shabaab(rebel); army base=Military Forces of Somalia (2022-)(state); militants=Al Shabaab(rebel)"},
		{"At least 35 Islamic State jihadists were killed in clashes with Kurdish fighters around Kobane. At least 22 of the jihadists were killed near Raqa.",
			"Islamic State jihadists=Islamic State (Syria)(rebel); Kurdish fighters=YPG: People's Protection Units(identity militia); jihadists=Islamic State (Syria)(rebel)"},
		{"At least 35 Islamic State jihadists were killed in clashes with Kurdish fighters around Kobane. At least 22 of the militants were killed near Raqa.",
			"Islamic State jihadists=Islamic State (Syria)(rebel); Kurdish fighters=YPG: People's Protection Units(identity militia); militants=Unidentified Armed Group (Syria)(rebel)"},
		{"JNIM fighters ambushed a convoy near Djibo. Army troops and VDP militiamen pursued the militants.",
			"JNIM=JNIM: Jamaat Nusrat al-Islam wal-Muslimin(rebel); Army troops=Military Forces of Burkina Faso (2022-)(state); VDP=VDP: Volunteers for the Defense of the Homeland(political militia); militants=JNIM: Jamaat Nusrat al-Islam wal-Muslimin(rebel)"},
		{"Los Choneros gang members stormed a television studio in Guayaquil, Ecuador. Police arrested 13 of the attackers.",
			"Los Choneros gang members=Los Choneros(political militia); Police=Police Forces of Ecuador(state); the attackers=Los Choneros(political militia)"},
		{"VDP fighters repelled an attack on Djibo, Burkina Faso. The attackers fled.",
			"VDP=VDP: Volunteers for the Defense of the Homeland(political militia); The attackers=Unidentified Armed Group (Burkina Faso)(rebel)"},
		{"HTS fighters clashed with the rebels of the National Army near Afrin.",
			"HTS=HTS: Hayat Tahrir al-Sham(rebel); rebels=Opposition Rebels (Syria)(rebel); National Army=FSA: Free Syrian Army(rebel)"},
		// Scraped text that lost its apostrophes (FA-KES): "Russias",
		// "coalitions"; a kind word after a group written as a name.
		{"Russias Aerospace Forces have killed 304 Daesh militants in Deir Ezzor.",
			"Russias Aerospace Forces=Military Forces of Russia (2000-)(external); Daesh militants=Islamic State (Syria)(rebel)"},
		{"Over 100 terrorists have been killed in the Russian fighter jets air raids on ISIL positions in Homs province.",
			"terrorists=Unidentified Armed Group (Syria)(rebel); Russian fighter jets=Military Forces of Russia (2000-)(external); ISIL positions=Islamic State (Syria)(rebel)"},
		{"The US-led coalitions airstrikes killed 10 civilians in Syria.",
			"US-led coalitions=International Coalition against Daesh(external); civilians=Civilians (Syria)(civilians)"},
		{"ISIL terrorists beheaded eight Syrian militants in a town in Deir Ezzor.",
			"ISIL terrorists=Islamic State (Syria)(rebel); militants=Unidentified Armed Group (Syria)(rebel)"},
		{"Al-Shabaab militants attacked an African Union base in Somalia.",
			"Al-Shabaab militants=Al Shabaab(rebel)"},
		{"Boko Haram killed 12 villagers in Borno state, Nigeria.",
			"Boko Haram=Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad(rebel); villagers=Civilians (Nigeria)(civilians)"},
		{"Ukrainian forces shelled positions near Donetsk.",
			"Ukrainian forces=Military Forces of Ukraine (2019-)(state)"},
		// A kind of actor after another country's demonym is that
		// country's (the seed: Egeland's tweet).
		{"Jan Egeland said the Assad regime and Russian government must be held responsible for atrocities in Aleppo.",
			"Assad regime=Military Forces of Syria (2000-2024)(state); Russian government=Military Forces of Russia (2000-)(external)"},
		// Against a group is not the group; the kind word before a named
		// group is that group's.
		{"Anti-Houthi forces advanced on Hodeidah as the rebel Nour el-Din el-Zinki group withdrew.",
			"rebel Nour el-Din el-Zinki=Nour al-Din al-Zinki Movement(rebel)"},
		// ACLED's country name even where the text names the country.
		{"Unidentified gunmen killed two men in Istanbul, Turkey.",
			"Unidentified gunmen=Unidentified Armed Group (Turkey)(rebel); two men=Civilians (Turkey)(civilians)"},
		// A country that opens its clause with a deed of force is its
		// forces; a country struck is not.
		{"KYIV, Ukraine (AP) — Russia launched 147 drones and two ballistic missiles at Ukraine overnight.",
			"AP=AP(media); Russia=Military Forces of Russia (2000-)(external)"},
		// Two countries joined by "and" act together, in a pact too.
		{"On 14 May 2025, Russia and Ukraine exchanged 390 prisoners each in Istanbul.",
			"Russia=Military Forces of Russia (2000-)(external); Ukraine=Military Forces of Ukraine (2019-)(external)"},
		{"An Israeli drone strike on Lebanon struck a car in Bint Jbeil.", "Israeli drone strike=Military Forces of Israel (1948-)(external)"},
		// A weapon with its demonym is that country's forces, modifiers
		// and all; "Russian missile strike" is one actor.
		{"A Russian guided aerial bomb hit a residential building in Huliaipole.",
			"Russian guided aerial bomb=Military Forces of Russia (2000-)(external)"},
		{"KYIV, Ukraine (AP) — A Russian missile strike hit Kharkiv.",
			"AP=AP(media); Russian missile strike=Military Forces of Russia (2000-)(external)"},
		// Not actors: territory described by who holds it.
		{"Shelling hit regime-held and rebel-held districts of Aleppo.", ""},
	}
	for _, tt := range tests {
		if got := actorsOf(t, tt.text); got != tt.want {
			t.Errorf("%.50q:\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// FuzzActors: mentions lie in the text, in order, without overlap.
func FuzzActors(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, testshared.SeedExcerpts(), func(t *testing.T, d *doc.Doc) {
		end := int32(0)
		for _, a := range d.Actors {
			if a.Span.Start < end || a.Span.End > int32(len(d.Text)) || a.Span.Start >= a.Span.End || a.Name == "" {
				t.Fatalf("bad actor mention %+v", a)
			}
			end = a.Span.End
		}
	})
}

// ACLED names a country's forces by the government of the day.
func TestNameAt(t *testing.T) {
	s, err := actors.New()
	if err != nil {
		t.Fatal(err)
	}
	day := func(v string) time.Time { d, _ := time.Parse(time.DateOnly, v); return d }
	tests := []struct{ name, day, want string }{
		{"Military Forces of Myanmar (2021-)", "2018-03-01", "Military Forces of Myanmar (2016-2021)"},
		{"Military Forces of Myanmar (2021-)", "2021-02-01", "Military Forces of Myanmar (2021-)"},
		{"Police Forces of Myanmar (2021-)", "2018-03-01", "Police Forces of Myanmar (2016-2021)"},
		{"Military Forces of the United States (2025-)", "2017-06-01", "Military Forces of the United States (2017-2021)"},
		{"Military Forces of the United States (2025-)", "2024-03-14", "Military Forces of the United States (2021-2025)"},
		{"Military Forces of the United States (2025-)", "2025-06-22", "Military Forces of the United States (2025-)"},
		{"Military Forces of Syria (2024-)", "2012-01-01", "Military Forces of Syria (2000-2024)"},
		{"Police Forces of Syria (2024-)", "2024-12-07", "Police Forces of Syria (2000-2024)"},
		{"Military Forces of Syria (2024-)", "2025-03-07", "Military Forces of Syria (2024-)"},
		// The Taliban took the state's name with Kabul; the republic's
		// forces keep theirs.
		{"Taliban", "2019-07-01", "Taliban"},
		{"Taliban", "2022-05-01", "Military Forces of Afghanistan (2021-)"},
		{"Military Forces of Afghanistan (2021-)", "2019-07-01", "Military Forces of Afghanistan (2004-2021)"},
		{"Opposition Rebels (Syria)", "2012-01-01", "Opposition Rebels (Syria)"},
		{"Military Forces of Nigeria (2023-)", "2021-08-17", "Military Forces of Nigeria (2015-2023)"},
		{"Military Forces of Mali (2021-)", "2020-10-01", "Military Forces of Mali (2020-2021)"},
		// Before every period listed: no period rather than a wrong one.
		{"Military Forces of Niger (2023-)", "2015-06-01", "Military Forces of Niger"},
		{"Police Forces of Niger (2023-)", "2015-06-01", "Police Forces of Niger"},
		{"Military Forces of Myanmar (2021-)", "", "Military Forces of Myanmar (2021-)"},
	}
	for _, tt := range tests {
		if got := s.NameAt(tt.name, day(tt.day)); got != tt.want {
			t.Errorf("%s on %s: %s, want %s", tt.name, tt.day, got, tt.want)
		}
	}
}

// ACLED's country names where the gazetteer's differ.
func TestCountryName(t *testing.T) {
	for cc, want := range map[string]string{"TR": "Turkey", "CD": "Democratic Republic of Congo", "SY": "Syria", "YE": "Yemen"} {
		if got := actors.CountryName(cc); got != want {
			t.Errorf("%s: %s, want %s", cc, got, want)
		}
	}
}

// A mention outside any event is named by its article's publication day.
func TestNamedByPublication(t *testing.T) {
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	const text = "Syrian troops and Taliban envoys attended the talks."
	for _, tt := range []struct{ published, want string }{
		{"2016-12-12", "Syrian troops=Military Forces of Syria (2000-2024); Taliban=Taliban"},
		{"2025-03-08", "Syrian troops=Military Forces of Syria (2024-); Taliban=Military Forces of Afghanistan (2021-)"},
		{"", "Syrian troops=Military Forces of Syria (2024-); Taliban=Taliban"},
	} {
		var day time.Time
		if tt.published != "" {
			day, _ = time.Parse(time.DateOnly, tt.published)
		}
		d := doc.New(doc.Meta{Published: day}, text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range d.Actors {
			got = append(got, a.Span.In(d.Text)+"="+a.Name)
		}
		if g := strings.Join(got, "; "); g != tt.want {
			t.Errorf("published %q:\n got %s\nwant %s", tt.published, g, tt.want)
		}
	}
}

// A country's forces at home are its state forces, abroad external, and in
// a theatre the data names, the name they go by there.
func TestForcesIn(t *testing.T) {
	s, err := actors.New()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ cc, where, name, typ string }{
		{"RU", "RU", "Military Forces of Russia (2000-)", "state"},
		{"RU", "UA", "Military Forces of Russia (2000-)", "external"},
		{"US", "SY", "International Coalition against Daesh", "external"},
		{"US", "IQ", "International Coalition against Daesh", "external"},
		{"US", "SO", "Military Forces of the United States (2025-)", "external"},
		{"US", "", "Military Forces of the United States (2025-)", "external"},
	} {
		if name, typ := s.ForcesIn(tt.cc, tt.where); name != tt.name || typ != tt.typ {
			t.Errorf("ForcesIn(%s, %s) = %s, %s; want %s, %s", tt.cc, tt.where, name, typ, tt.name, tt.typ)
		}
	}
}
