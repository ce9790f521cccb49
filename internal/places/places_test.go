package places_test

import (
	"context"
	"encoding/csv"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/input"
	"github.com/sitrep-dev/sitrep/internal/places"
	"github.com/sitrep-dev/sitrep/internal/sample"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func run(t testing.TB, meta doc.Meta, text string) *doc.Doc {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(meta, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func show(d *doc.Doc, m doc.PlaceMention) string {
	return fmt.Sprintf("%q %s %s/%s/%s %s q=%s gp=%d", m.Span.In(d.Text), m.Kind, m.Name, m.Admin1, m.Country, m.Precision, m.Qualifier, m.GeoPrecision)
}

// checkPlace checks that d names the place written name, and that every
// mention of it reads as want (a part of show()'s line).
func checkPlace(t *testing.T, d *doc.Doc, name, want string) {
	t.Helper()
	found := false
	for _, m := range d.Places {
		if m.Span.In(d.Text) == name {
			found = true
			if s := show(d, m); !strings.Contains(s, want) {
				t.Errorf("%q: %s, want %s", d.Text, s, want)
			}
		}
	}
	if !found {
		t.Errorf("%q: %s not found", d.Text, name)
	}
}

// checkNoPlace checks that d reads none of the words as a place.
func checkNoPlace(t *testing.T, d *doc.Doc, words ...string) {
	t.Helper()
	for _, m := range d.Places {
		if slices.Contains(words, m.Span.In(d.Text)) {
			t.Errorf("%q: %s", d.Text, show(d, m))
		}
	}
}

// The seed's places (issue 5's "done when").
func TestSeed(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, doc.Meta{}, string(src))
	got := map[string]doc.PlaceMention{}
	for _, m := range d.Places {
		got[m.Span.In(d.Text)] = m
		if txt := m.Span.In(d.Text); txt == "Bana" || strings.Contains(txt, "Assad") {
			t.Errorf("%s is no place", show(d, m))
		}
		if m.Country != "SY" && m.Country != "TR" && m.Country != "RU" {
			t.Errorf("out of place: %s", show(d, m))
		}
	}
	want := map[string]string{
		"Aleppo": "geonames:170063", "Azaz": "geonames:172082", "Tal Rifaat": "geonames:163476",
		"Afrin": "geonames:174186", "Nubl": "geonames:166331", "Turkey": "iso:TR", "Russia": "iso:RU", "Syria": "iso:SY",
	}
	for name, id := range want {
		if m, ok := got[name]; !ok || m.ID != id {
			t.Errorf("%s: got %+v, want %s", name, m, id)
		}
	}
	// Neighbourhoods, the citadel and the camp: at least Aleppo's point.
	aleppo := got["Aleppo"]
	for _, name := range []string{"Sheikh Maqsood", "Karm al-Myassar", "Karm al-Qatirji", "Karm al-Tahan", "Sheikh Saeed", "Bustan al-Qasr", "al-Kallasah", "Ramouseh", "Aleppo citadel", "Handarat refugee camp"} {
		m, ok := got[name]
		if !ok || m.Lat != aleppo.Lat || m.Lon != aleppo.Lon || m.Admin1 != "Aleppo" {
			t.Errorf("%s: %+v", name, m)
		}
	}
	// "Aleppo's old city" keeps Aleppo and says which part.
	old := false
	for _, m := range d.Places {
		old = old || m.Name == "Aleppo" && m.Qualifier == "old city"
	}
	if !old {
		t.Error("Aleppo's old city not qualified")
	}
}

func TestContext(t *testing.T) {
	tests := []struct{ text, name, want string }{
		// A qualifier before and after.
		{"Air strikes hit eastern Aleppo.", "Aleppo", "Aleppo/Aleppo/SY city q=eastern gp=1"},
		{"Clashes spread in Idlib province.", "Idlib province", "Idlib/Idlib/SY region q=province gp=3"},
		{"Shelling hit the Aleppo countryside.", "Aleppo countryside", "Aleppo/Aleppo/SY region q=countryside gp=2"},
		{"Army units destroyed vehicles in the countryside of Hama.", "Hama", "Hama/Hama/SY region q=countryside"},
		// A region stated next to the name.
		{"Fighting in Ain al-Arab in Aleppo province.", "Ain al-Arab", "‘Ayn al ‘Arab/Aleppo/SY city q= gp=1"},
		// A capital that speaks is its government.
		{"Moscow said its jets struck Idlib.", "Moscow", "metonym"},
		// Beyond Syria: a region's "state", in either case; the verb of
		// an attack as a cue for a name with no other context.
		{"Fighting in Rakhine State killed 3.", "Rakhine", "Rakhine/Rakhine/MM region q=province gp=3"},
		{"The Tatmadaw shelled villages in Kachin state.", "Kachin state", "Kachin State/Kachin State/MM region q=province"},
		{"Russian forces shelled Donetsk on Monday.", "Donetsk", "Donetsk/Donetsk/UA city"},
		// Conflict regions that one division stands for; a city that is
		// the seat of a district of its name.
		{"Israeli strikes on Gaza killed 5.", "Gaza", "Gaza/Gaza Strip/PS city"},
		{"Fighting in Gaza.", "Gaza", "Gaza/Gaza Strip/PS city"},
		{"Clashes in Kashmir.", "Kashmir", "Jammu and Kashmir/Jammu and Kashmir/IN region"},
		{"Attacks in the Sinai.", "Sinai", "North Sinai/North Sinai/EG region"},
		{"Strikes on the Golan Heights.", "Golan Heights", "Quneitra/Quneitra/SY region"},
		{"Shelling in Donbas.", "Donbas", "Donetsk/Donetsk/UA region"},
		{"Troops in South Ossetia and Abkhazia.", "South Ossetia", "Shida Kartli/Shida Kartli/GE region"},
		// A US state as AP abbreviates it decides which Paris.
		{"The fire started in Paris, Tenn., on Monday.", "Paris", "Paris/Tennessee/US city"},
		// A local paper's words for its public life tell its country when
		// it names none (LGL): Alexandria, Virginia, not Egypt; but a
		// country named in it is still the country.
		{"An Alexandria grand jury indicted the man on Monday, according to the Commonwealth's Attorney. Alexandria detectives worked with the sheriff's office.", "Alexandria", "Alexandria/Virginia/US city"},
		{"Gomez, a native of Mexico, was arrested by Danbury police in July. The sheriff's deputies took him to the county jail after a grand jury indicted him.", "Mexico", "Mexico//MX country"},
		// A town and its county vouch for each other (LGL); a name does
		// not vouch for itself (the city of Kirkuk lies in Kirkuk
		// district, but "the province of Kirkuk" stays the province; see
		// TestSelfVouching).
		{"Paris and Henry County is rich in history, and the Paris-Henry County Heritage Center tells it to every American who visits.", "Paris", "Paris/Tennessee/US city"},
		{"Paris and Henry County is rich in history, and the Paris-Henry County Heritage Center tells it to every American who visits.", "Henry County", "/Tennessee/US district"},
		// A county chosen is near the towns in it: Paris again, with
		// "Lee" read as a French village voting for France.
		{"Paris and Henry County is rich in both history and art opportunities and the Lee Academy for the Arts is an example of how both are thriving here. The 2008-09 Leadership Henry County class had the opportunity to tour the Lee Academy building.", "Paris", "Paris/Tennessee/US city"},
		{"Militants attacked a post in the northern province of Kirkuk, near Baghdad.", "Kirkuk", "Kirkuk/Kirkuk/IQ region"},
		// A place of that very name over one it is only an alias of
		// (London, Ohio, is also "New London").
		{"Ever since New London Police Chief Tom Cipolli took office, crime in New London has fallen, he writes.", "New London", "place New London/"},
		// Nor does a state for the town one of whose aliases it is
		// ("Minnesota" is also Minneota's, near Marshall).
		{"Senate Majority Leader Larry Pogemiller, DFL-Minneapolis, said the families and small businesses of Minnesota face tax increases. The cuts would close offices in Marshall.", "Minnesota", "Minnesota/Minnesota/US region"},
		// A national capital over a region of its name.
		{"The decision was made in Washington on Monday.", "Washington", "Washington/District of Columbia/US city"},
		// Not a place: a group's name that holds one.
		{"Troops clashed with Boko Haram near Bama, Borno State.", "Bama", "Bama/Borno State/NG city"},
		// A name that begins before the word matched is another name
		// (ACLED note): "Gidan Bako" is no Baku, Azerbaijan.
		{"On 3 January 2023, Fulani militia attacked Gidan Bako village (Maru, Zamfara) and killed 5 civilians.", "Gidan Bako", "Gidan Bako/Zamfara State/NG"},
		// Towns of GeoNames' later cities1000 dump (ACLED notes from
		// Myanmar); a province the gazetteer holds only as a village
		// abroad is no container ("Soum" is also in Senegal).
		{"On 6 March 2024, PDF fighters ambushed a military column near Kyaukme (Kyaukme, Shan-North). 7 soldiers were killed.", "Kyaukme", "Kyaukme/Shan State/MM city"},
		{"On 2 June 2020, unidentified gunmen attacked a village near Djibo, Soum province, killing 12 civilians.", "Djibo", "Djibo/Sahel/BF city"},
		{"On 28 May 2024, JNIM militants besieged the town of Djibo (Soum), cutting off supplies.", "Djibo", "Djibo/Sahel/BF city"},
		// The last of ACLED's "(District, Region)" is a region, and
		// votes as one (Savannah is also a city in Georgia).
		{"On 1 August 2024, unidentified gunmen on motorcycles attacked the village of Kpalbe (East Gonja, Savannah), killing 4 people.", "Savannah", "Savannah/Savannah/GH region"},
		// ACLED's "Town (District, Region)": the town lies where its
		// district does (Yemen has an Aţ Ţawīlah too), and a name before
		// such a list is a place whatever comes before it.
		{"On 14 October 2024, RSF fighters raped 12 women and girls in Tawila (Tawila, North Darfur).", "Tawila", "Tawila/Northern Darfur/SD"},
		{"On 8 October 2024, the M23 handed over control of Rubaya (Masisi, Nord-Kivu) to a local administration.", "Rubaya", "Rubaya/North Kivu/CD"},
		// So does a settlement word with a larger town of the story near:
		// a village abroad that nothing else backs is not the reading
		// ("Tawila town, 60 km west of El Fasher"); Burkina Faso's Djibo
		// stays, though Senegal has a hamlet called Soum.
		{"More than 4,500 households fled Tawila town following RSF attacks. RSF fighters attacked Tawila town, 60 km west of El Fasher, looting shops.", "Tawila", "Tawila/Northern Darfur/SD"},
		// "The town of" a district's seat is the town; so is the bare
		// name of a town and the district named after it.
		{"An air strike on a crowded market in the town of Maarat al-Numan killed at least 23 people.", "Maarat al-Numan", "SY city"},
		{"Israeli forces raided a refugee camp in Jenin, killing 2 Palestinians.", "Jenin", "Janīn/"},
		// A city abroad is no "district" of a story told elsewhere
		// (Morocco's El Jadida, in a story from Mosul); nor does a
		// homonym abroad give way to a place of a third country.
		{"Iraqi forces fought Islamic State in Mosul. A US-led coalition air strike on the al-Jadida district on 17 March killed over 100 civilians.", "al-Jadida", "al-Jadida/Nineveh/IQ"},
		// A region's demonym names it as a country's does (LGL annotates
		// them); one a country shares stays the country's.
		{"Ohioans and South Ossetian separatists are in the news.", "Ohioans", "Ohio/Ohio/US region"},
		{"Ohioans and South Ossetian separatists are in the news.", "South Ossetian", "Shida Kartli/Shida Kartli/GE region"},
		{"Georgian troops entered the town.", "Georgian", "Georgia//GE country"},
		// News drops the article GeoNames writes (Al Qāmishlī).
		{"On 29 May 2024, an airstrike by the Turkish military hit a vehicle near Qamishli (Qamishli, Al-Hasakeh), killing 2 SDF members.", "Qamishli", "Al Qāmishlī/Al-Hasakah/SY city"},
		// A village named in two words is not the town its last word
		// names (Kyi, elsewhere in Myanmar).
		{"On 2 March 2024, Myanmar military airstrikes hit Kyauk Kyi village (Kani, Sagaing), killing 9 civilians.", "Kyauk Kyi", "Kyauk Kyi/Sagaing Region/MM"},
	}
	for _, tt := range tests {
		d := run(t, doc.Meta{}, tt.text)
		checkPlace(t, d, tt.name, tt.want)
		checkNoPlace(t, d, "Haram")
	}
}

// Names side by side: a list of countries or regions is no containment,
// a common word met only by its consonants is no place, and of two
// readings the one the document's focus makes plausible wins even when
// the other is bigger. (Sentences from LGL's wire copy and Syrian news.)
// "the Red Sea" is the sea, a place of what happens at sea, with no
// country; "Red Sea state" is Sudan's.
func TestSeas(t *testing.T) {
	d := run(t, doc.Meta{}, "Houthi forces fired a missile at a vessel in the Red Sea. RSF drones struck Port Sudan in Red Sea state.")
	var got []string
	for _, m := range d.Places {
		got = append(got, m.Span.In(d.Text)+"="+m.Kind+"/"+m.Precision+"/"+m.Country+"/"+m.ID)
	}
	want := []string{"Red Sea=place/world-region//world:Red Sea", "Port Sudan=place/city/SD/geonames:377039", "Red Sea=place/region/SD/admin1:SD.36"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got  %v\nwant %v", got, want)
	}
}

func TestWorldRegions(t *testing.T) {
	d := run(t, doc.Meta{}, "Canada remains little known in Asia, and trade with the Middle East grows.")
	got := map[string]string{}
	for _, m := range d.Places {
		got[m.Span.In(d.Text)] = m.Kind + "/" + m.Precision + "/" + m.ID
	}
	for name, want := range map[string]string{"Asia": "world-region/world-region/world:Asia", "Middle East": "world-region/world-region/world:Middle East", "Canada": "place/country/iso:CA"} {
		if got[name] != want {
			t.Errorf("%s: %q, want %q", name, got[name], want)
		}
	}
}

func TestListsAndReadings(t *testing.T) {
	tests := []struct {
		text  string
		want  []string // name=country of each place that must be found
		never []string // words that must be no place
	}{
		{"Last year, 94 troops stationed in Iraq, Afghanistan or other Central Command areas died.",
			[]string{"Iraq=IQ", "Afghanistan=AF"}, nil},
		{"The family of another soldier electrocuted in Iraq, Staff Sgt. Christopher Lee Everett, sued.",
			[]string{"Iraq=IQ"}, []string{"Staff"}},
		{"During the invasion of Kuwait, Egypt was instrumental.", []string{"Kuwait=KW", "Egypt=EG"}, nil},
		{"Clashes in Tal Abyad and Ras al-Ain.", []string{"Tal Abyad=SY", "Ras al-Ain=SY"}, nil},
		{"Shelling hit Kafr Nabudah, Hama.", []string{"Hama=SY"}, []string{"Kafr"}},
		// A dateline's country or state is a place too; AP's state
		// abbreviations stand alone inside a sentence.
		{"KABUL, Afghanistan (AP) — A suicide bomber killed 12 people.", []string{"KABUL=AF", "Afghanistan=AF"}, nil},
		{"CHARLESTON, W.Va. -- Emilie Holroyd, a longtime volunteer, died.", []string{"CHARLESTON=US", "W.Va=US"}, []string{"Va"}},
		{"Cincinnati man dies in Ky. jail.", []string{"Cincinnati=US", "Ky=US"}, nil},
		{"Missing Ill. man found in stolen car.", []string{"Ill=US"}, nil},
		// Regions of the world are mentions of their own kind (checked
		// below: never "place").
		{"Migrants from Syria try to reach Europe through Turkey.", []string{"Syria=SY", "Turkey=TR"}, []string{"Europe"}},
		// A given name that modifies the noun after it is a place.
		{"Rollover near Brandon injures Albany driver. Breanna Lueck was driving south on Highway 27 in Georgia.",
			[]string{"Albany=US", "Georgia=US"}, nil},
		// ACLED's "Town (Region)": the region holds the town the
		// gazetteer lacks, and stands itself.
		{"Al Shabaab militants attacked a SNA base in Hawadley (Hiraan).", []string{"Hawadley=SO", "Hiraan=SO"}, nil},
		{"HTS fighters clashed with regime forces on the frontline of Jabal al-Zawiya (Idlib).", []string{"Idlib=SY"}, nil},
		// Every name of a list before "counties" is a county, held by
		// none of the others.
		{"The metro area - Clarke, Madison, Oconee and Oglethorpe counties - added jobs.",
			[]string{"Clarke=US", "Madison=US", "Oconee=US", "Oglethorpe=US"}, nil},
		// A list of cities is no containment; Canadian provinces as CP
		// abbreviates them.
		{"The new ranking compares Vancouver, Calgary, Edmonton, Saskatoon and Winnipeg.",
			[]string{"Vancouver=CA", "Calgary=CA", "Edmonton=CA", "Saskatoon=CA", "Winnipeg=CA"}, nil},
		{"She sold her family home in Gatineau, Que., and moved.", []string{"Gatineau=CA", "Que=CA"}, nil},
		// A second-level division holds what it follows: not Argentina's
		// Gobernador Mansilla, not Turkey's Solhan.
		{"JNIM militants attacked a military base in Mansila, Yagha province, killing over 100 soldiers.", []string{"Mansila=BF", "Yagha=BF"}, nil},
		{"On 8 June 2021, gunmen on motorcycles stormed Solhan village in Yagha province.", []string{"Solhan=BF"}, nil},
		// A list that lost its commas (FA-KES): a place before a
		// demonym is no first name, and a demonym of another country
		// begins a name the gazetteer lacks ("Turkmen Bari" is neither
		// Italy's Bari nor a Turkish hamlet).
		{"Turkish warplanes carried out airstrikes against Daish in the area of Akhtarin Turkmen Bari and Dabiq of northern Syria.",
			[]string{"Akhtarin=SY", "Syria=SY"}, []string{"Bari"}},
		// A village and its country vouch for each other: Niger's
		// Tillia, and Niger no state of Nigeria; a group's name holds
		// no place.
		{"On 5 May 2024, IS Sahel militants killed 8 civilians in Tillia, Niger.", []string{"Tillia=NE", "Niger=NE"}, []string{"Sahel"}},
		// "and" inside a name.
		{"Indian and Pakistani troops exchanged artillery fire in Poonch district (Jammu and Kashmir).", []string{"Poonch=IN", "Jammu and Kashmir=IN"}, []string{"Jammu"}},
		// A possessive inside a name.
		{"Border guards shot dead a man in Teknaf (Cox's Bazar).", []string{"Teknaf=BD", "Cox's Bazar=BD"}, []string{"Cox"}},
		// A country's possessive holds the name after it; "in the X
		// region" holds the name before.
		{"Ukrainian drones attacked an oil depot in Russia's Belgorod region, the governor said, as fighting went on in Ukraine's east, in Kyiv and Dnipro.", []string{"Belgorod=RU"}, nil},
	}
	for _, tt := range tests {
		d := run(t, doc.Meta{}, tt.text)
		got := map[string]string{}
		for _, m := range d.Places {
			if m.Kind == "place" {
				got[m.Span.In(d.Text)] = m.Country
			}
		}
		for _, w := range tt.want {
			name, cc, _ := strings.Cut(w, "=")
			if got[name] != cc {
				t.Errorf("%q: %s in %q, want %s (places %v)", tt.text, name, got[name], cc, got)
			}
		}
		for _, w := range tt.never {
			if c, ok := got[w]; ok {
				t.Errorf("%q: %q read as a place in %s", tt.text, w, c)
			}
		}
	}
}

func FuzzPlaces(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, []string{"Fighting near Tal Rifaat and Azaz, north of Aleppo.", "Deir ez-Zor", "al-Bab al-", "ALEPPO, Syria (Reuters) -", "St. Petersburg, Fla."}, func(t *testing.T, d *doc.Doc) {
		for _, m := range d.Places {
			if m.Span.End > int32(len(d.Text)) || m.Span.Start >= m.Span.End || m.Lat < -90 || m.Lat > 90 {
				t.Fatalf("bad place %+v", m)
			}
		}
	})
}

// governorate maps Syria's admin1 names to FA-KES's location labels.
var governorate = map[string]string{
	"Aleppo": "aleppo", "Damascus Governorate": "damascus", "Rif-dimashq": "damascus", "Idlib": "idlib",
	"Deir ez-Zor": "deir ezzor", "Raqqa": "raqqa", "Al-Hasakah": "hasakeh", "Homs": "homs", "Hama": "hama",
	"Latakia": "lattakia", "Daraa": "daraa", "Quneitra": "quneitra", "Tartus": "tartus", "Suwayda": "suwayda",
}

// TestFAKES scores the main place's governorate on the FA-KES development
// set when the shared corpus is at hand. SITREP_FAKES_DUMP=1 lists misses.
func TestFAKES(t *testing.T) {
	gp, ok1 := testshared.Path("corpus/fakes/gold.csv")
	ap, ok2 := testshared.Path("corpus/fakes/articles.jsonl")
	if !ok1 || !ok2 {
		t.Skip("FA-KES not found")
	}
	f, err := os.Open(gp)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(f).ReadAll()
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	gold := map[string]string{}
	for _, r := range rows[1:] {
		gold["fakes-"+r[0]] = r[2]
	}
	af, err := os.Open(ap)
	if err != nil {
		t.Fatal(err)
	}
	defer af.Close()
	var n, right, none int
	dump := os.Getenv("SITREP_FAKES_DUMP") != ""
	input.Read("articles.jsonl", af, func(it input.Item) bool {
		g, ok := gold[it.Meta.ID]
		if !ok || it.Err != nil {
			return true
		}
		n++
		d := run(t, it.Meta, it.Text)
		got := ""
		for a := range d.Articles {
			if i := places.Main(d, a); i >= 0 {
				got = governorate[d.Places[i].Admin1]
				if d.Places[i].Country != "SY" {
					got = d.Places[i].Country + ":" + d.Places[i].Admin1
				}
				break
			}
		}
		switch {
		case got == g:
			right++
		case got == "":
			none++
		}
		if got != g && dump {
			t.Logf("MISS %s gold=%s got=%s  %.200s", it.Meta.ID, g, got, it.Text)
		}
		return true
	})
	t.Logf("FA-KES main place: governorate right in %d of %d articles (%.1f%%); no place in %d", right, n, 100*float64(right)/float64(max(n, 1)), none)
}

// The main place is in the country the article's events are in: the
// places of its lead and of its sentences of dead weigh more than
// repeated mentions elsewhere, and demonyms say nothing of where.
func TestMainCountry(t *testing.T) {
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"At least 23 Daesh members were killed on Sunday near al-Bab in northern Syria in a Turkish and coalition operation, security sources said. " +
			"Turkish artillery and coalition jets struck 40 targets. Kilis has been hit by rockets from Syria. Officials in Kilis said the town was calm.", "SY"},
		{"Russian and regime airstrikes on a school in the town of Hass in rural Idlib killed at least 26 civilians. " +
			"Russian jets and Russian bombs were used, a Russian source said.", "SY"},
	}
	for _, tt := range tests {
		d := doc.New(doc.Meta{}, tt.text)
		if err := p.Run(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		i := places.Main(d, 0)
		if i < 0 || d.Places[i].Country != tt.want {
			got := "none"
			if i >= 0 {
				got = d.Places[i].Name + " " + d.Places[i].Country
			}
			t.Errorf("%.50q: main place %s, want one in %s", tt.text, got, tt.want)
		}
	}
}

// Single letters are no places: "I" is Finland's "Ii" by its spelling key.
// Dotted initials of a state still name it; the English name of a
// region GeoNames gives in its own language names it too.
func TestInitialsAndExonyms(t *testing.T) {
	d := run(t, doc.Meta{}, "Columbia, S.C. - Obama was on vacation in Hawaii. U.N. officials said a truck bomb was found in Ludwigshafen, in the state of Rhineland-Palatinate.")
	checkPlace(t, d, "S.C.", "South Carolina/South Carolina/US region")
	checkPlace(t, d, "Hawaii", "Hawaii/Hawaii/US region")
	checkPlace(t, d, "Rhineland-Palatinate", "/DE region")
}

func TestSingleLetters(t *testing.T) {
	d := run(t, doc.Meta{}, `"I saw pits of five meters deep," a resident of Aleppo said. A child died.`)
	for _, m := range d.Places {
		if len(m.Span.In(d.Text)) == 1 {
			t.Errorf("%s", show(d, m))
		}
	}
}

// Names that are not the place the gazetteer has (FA-KES sentences): the
// tail of a name it lacks, and a surname after a given name, in all its
// mentions.
// A name right before a news outlet's word is the outlet's (FA-KES):
// Al Mayadeen the broadcaster is no Al Mayadin; a town before a capitalized
// thing word is the thing's.
func TestOutletsAndThings(t *testing.T) {
	d := run(t, doc.Meta{}, "According to the Al Mayadeen broadcaster the clashes are still underway in the Damascus suburbs.")
	checkNoPlace(t, d, "Al Mayadeen", "Mayadeen")
	checkPlace(t, d, "Damascus suburbs", "Rif-dimashq/Rif-dimashq/SY")
	checkNoPlace(t, run(t, doc.Meta{}, "Gunmen hijacked the Jaffar Express near Sibi on Tuesday."), "Jaffar")
}

// A name the gazetteer lacks that the head of an Arabic place name opens,
// with its article, is a place in the one its sentence names, wherever it
// stands ("attacked Wad al-Noura twice"); one a settlement word follows is
// left to that word, which qualifies it.
func TestHeadedUnlisted(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "The Wad Madani Resistance Committee said the RSF attacked Wad al-Noura twice on Wednesday."), "Wad al-Noura", "Wad al-Noura/Al Jazirah/SD")
	checkPlace(t, run(t, doc.Meta{}, "Clashes erupted in the Ain al-Hilweh camp near Sidon (South)."), "Ain al-Hilweh", "q=camp")
	checkPlace(t, run(t, doc.Meta{}, "At least 40 people were killed when an ammunition depot blew up in Wadi al-Zahab District in Hama."), "Wadi al-Zahab", "q=district")
}

// A name with the words of its kind before its division in brackets lies
// in that division: "the Kalma IDP camp (South Darfur)" is no town of
// Algeria's, "Kaboul village (Deir ez-Zor)" no Kabul (notes written for
// sitrep).
func TestKindBeforeBracket(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "On 14 February 2025, unknown assailants sexually assaulted two women near the Kalma IDP camp (South Darfur)."), "Kalma", "Kalma/Southern Darfur/SD")
	checkPlace(t, run(t, doc.Meta{}, "On 15 April 2025, a landmine exploded in Kaboul village (Deir ez-Zor), killing two shepherds."), "Kaboul", "Kaboul/Deir ez-Zor/SY")
}

// The Galilee, which no embedded source has, is Israel's Northern
// District's, its name kept.
func TestGalilee(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "Hezbollah launched rockets at Israeli positions in the Upper Galilee."), "Upper Galilee", "Galilee/Northern District/IL")
}

// A common word's plural is no place's possessive that lost its
// apostrophe, unless the place is a country: "the Emergency Response
// Rooms" are not "Room's" (Rome's old name Rum); "Turkeys border" is
// Turkey's (FA-KES).
func TestCommonPlural(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, "RSF shelling hit Abu Shouk camp, according to the Emergency Response Rooms."), "Rooms")
	checkPlace(t, run(t, doc.Meta{}, "The town lies near Turkeys border with Syria."), "Turkeys", "Türkiye//TR")
}

// Abbreviated name words: "St. Petersburg" (not Sète), "W. Va." with a
// space (LGL's style).
func TestAbbreviatedNames(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "He moved to St. Petersburg, Fla., last year."), "St. Petersburg", "St. Petersburg/Florida/US")
	checkPlace(t, run(t, doc.Meta{}, "CHARLESTON, W. Va. -- A man was killed in a crash on Interstate 64."), "W. Va", "West Virginia/West Virginia/US")
	checkNoPlace(t, run(t, doc.Meta{}, "Volunteers cleaned up the St. Marys River on Saturday."), "St")
}

// A world capital's name in a story told in a country with a small town
// of that name is the capital unless the text backs the town: analysts
// "in London" in a Seattle story are in England, not Ohio; a town whose
// state is named stays at home.
func TestWorldCapitalAbroad(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "SEATTLE (AP) — Boeing machinists voted to end their strike at plants in Renton and Everett, Washington. Analysts at Jefferies in London said the strike had cost Boeing $100 million a day."), "London", "London/England/GB city")
	checkPlace(t, run(t, doc.Meta{}, "The London City Council in Kentucky approved the budget, and the Laurel County fiscal court met in London on Monday."), "London", "London/Kentucky/US city")
}

// A dateline's place stands though the story names no other: the agency
// in brackets and the dash after it make no container of the body's first
// name ("SEATTLE (AP) — Boeing …" is not in a place called Boeing).
func TestLoneDateline(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "SEATTLE (AP) — Boeing machinists voted Monday to accept a contract offer, the union said."), "SEATTLE", "Seattle/Washington/US city")
	checkPlace(t, run(t, doc.Meta{}, "CHICAGO (AP) — Boeing machinists voted Monday to accept a contract offer, the union said."), "CHICAGO", "Chicago/Illinois/US city")
}

// The capital's northern city, which cities500 lacks, by both its names,
// at Khartoum's point (supplement.tsv), and a district of it.
func TestKhartoumNorth(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "Fighting raged in Bahri on Tuesday."), "Bahri", "Khartoum North/Khartoum/SD city")
	checkPlace(t, run(t, doc.Meta{}, "Army warplanes struck RSF positions in the Kafouri district of Khartoum North on Tuesday."), "Kafouri", "Kafouri/Khartoum/SD city")
}

// South Lebanon's border villages, which cities500 lacks, at their
// district seat's point (supplement.tsv), in the spellings news uses.
func TestSouthLebanonVillages(t *testing.T) {
	text := "Israeli strikes hit the towns of Mays al-Jabal and Aitaroun and the outskirts of Khiam in south Lebanon, and a building in Haret Hreik in Beirut."
	d := run(t, doc.Meta{}, text)
	checkPlace(t, d, "Mays al-Jabal", "Meiss el-Jabal/Nabatieh/LB city")
	checkPlace(t, d, "Aitaroun", "Aitaroun/Nabatieh/LB city")
	checkPlace(t, d, "Khiam", "Khiam/Nabatieh/LB city")
	checkPlace(t, d, "Haret Hreik", "Haret Hreik/Beirut/LB city")
}

// Regions news names that are no division take a part's point (the
// supplement's regions): Darfur at Central Darfur's, never an invented one.
func TestNamedRegions(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "Fighting in Darfur has displaced thousands of people since April."), "Darfur", "Darfur/Central Darfur/SD region")
	// A demonym that begins a longer name gives way to it (LGL).
	checkPlace(t, run(t, doc.Meta{}, "Cyprus joined the European Union in 2004."), "European Union", "world-region European Union")
}

func TestNotThisPlace(t *testing.T) {
	tests := []struct{ text, not string }{
		// A titled name goes on over given names and particles: no Lula,
		// Georgia, nor Sylva, North Carolina; no Reno in "Attorney
		// General Janet Reno" (LGL).
		{"Brazilian President Luiz Inacio Lula da Silva flew to Santa Maria on Thursday.", "Lula"},
		{"Brazilian President Luiz Inacio Lula da Silva flew to Santa Maria on Thursday.", "Silva"},
		{"The case was reviewed under U.S. Attorney General Janet Reno in 1998.", "Reno"},
		// A surname after a given name of the region's news: no town of
		// İmamoğlu in a story of Istanbul.
		{"Thousands of supporters of Ekrem Imamoglu protested in Istanbul against his arrest.", "Imamoglu"},
		// A surname the story gives with a given name and an initial is
		// that person alone later, cue or not (LGL): no Flores,
		// Guatemala, nor Timon, Brazil, once called Flores.
		{"Who would have wanted Matthew D. Flores dead? A tree was planted in Flores' honor.", "Flores"},
		{"A mortar attack on Al Qousour district of Syrias eastern city of Deir ez-Zor left three civilians dead and six others injured.", "Al Qousour district"},
		// Nor Egypt's Luxor (al-Uqsur) among "neighborhoods" in a story of
		// Syria (FA-KES, SANA): a neighbourhood abroad is another's, and
		// a list's qualifier reaches over a name's article ("al-Joura").
		{"Two civilians were killed in terrorist rocket attacks on neighborhoods in Deir Ezzor city. A source at Deir Ezzor Governorate told SANA reporter that ISIL terrorists fired several rocket shells on al-Qusour and al-Joura neighborhoods in the city.", "al-Qusour"},
		{"The only hospital in the town of Kafar Hamra in northern rural Aleppo was completely destroyed in Russian airstrikes on Thursday killing three medics.", "Hamra"},
		// A skeleton of two letters far from the story is another name
		// (FA-KES, FNA): "al-Murayeh" near Deir ez-Zor is not Maarrat
		// al-Numan, 300 km away ("mr" both).
		{"The Syrian fighter jets targeted the ISIL gatherings near two key villages in the Eastern part of Deir Ezzur. The ISIL strongholds near the villages of al-Murayeh South of Euphrates River came under the bombardments.", "al-Murayeh"},
		// So is a village of known small size met only by its skeleton
		// (FA-KES, Reuters): Sifat north of Aleppo is not Tartus's Safita.
		{"The Syrian army backed by allied militia has captured several villages north of Aleppo from insurgents. The army also took villages including Bashkuwi and Sifat while battles raged in Hardatain and Ratain said the Observatory.", "Sifat"},
		// With no place to say which country the story is in, a spelling
		// key alone places nothing abroad: Myanmar's Ramree is not
		// Ramallah ("rmr", an alternate "Ramara").
		{"The Arakan Army said in a statement that the junta had bombed Ramree, killing 12 civilians.", "Ramree"},
		// A kunya is a person's name (FA-KES, SANA/Sputnik): not Al Atarib.
		{"Among killed militants is IS military emissary Abu Turab who commanded the attack near Palmyra.", "Turab"},
		// A small place met only by a loosened spelling of a common word.
		{"On 1 July 2022, protesters stormed the House of Representatives building in Tobruk.", "House"},
		// FA-KES (SANA): an acronym's lost apostrophe is no Sanaa.
		{"Meanwhile SANAs correspondent reported that civil defense teams have uncovered the bodies of 8 people in Aleppo.", "SANAs"},
		// Dotted initials abbreviate states, countries and big cities,
		// never a village (TR-News): "U.N." is no Indian Un.
		{"Obama was briefed while on vacation in Hawaii. U.N. Secretary-General Ban Ki-moon condemned the attack.", "U.N."},
		// A given name before a surname, after a place and its comma
		// (TR-News): not Iran's Moḩammadīyeh by its consonants.
		{"The head of fire department in Shiraz, Mohammad Farokhzadeh, told state TV that the fire was under control.", "Mohammad"},
		// A village's name that goes on over a word common elsewhere is
		// the whole name's: "Bon To village" is no Bonn.
		{"The strike hit a crowd of about 100 people on Monday night in Bon To village.", "Bon"},
		{"The relentless aerial bombardment by Russian forces has rendered dysfunctional the last remaining ambulance service in western rural Aleppo, director of the service Taysir Hammoud said. Hammoud pointed out that the center came under intense airstrikes. Hammoud added that the service set up medical centers.", "Hammoud"},
	}
	for _, tt := range tests {
		d := run(t, doc.Meta{}, tt.text)
		for _, m := range d.Places {
			if m.Span.In(d.Text) == tt.not {
				t.Errorf("%q: %s", tt.text, show(d, m))
			}
		}
	}
}

// Names the gazetteer lacks that the text says are places keep their name
// with the point, country and admin1 of the place named with them, never
// invented coordinates (notes and stories written for sitrep).
func TestUnlisted(t *testing.T) {
	tests := []struct{ text, name, want string }{
		{"The assault took place on Thursday in Koumbri, in the Yatenga province, a security source told AFP.", "Koumbri", "Koumbri/Nord/BF district q= gp=2"},
		{"On 11 November 2021, Myanmar troops torched more than 100 houses in Thantlang, Chin state.", "Thantlang", "Thantlang/Chin State/MM region q= gp=2"},
		{"Air strikes hit the Sagaing region on Tuesday. The attack on Pazigyi village came as residents gathered.", "Pazigyi", "Pazigyi/Sagaing Region/MM region q=village gp=2"},
		{"An agreement was reached for the evacuation of Al Waer neighbourhood in Homs.", "Al Waer", "Al Waer/Homs/SY city q=neighbourhood gp=2"},
		// A village seat abroad of unknown size is no reading here (FA-KES,
		// SANA: Java has a Minian).
		{"A military source said that the Army established full control over the town of Minian at the southwestern outskirts of Aleppo city.", "Minian", "Minian/Aleppo/SY city q=town gp=2"},
		// ACLED's town and district of one name of two words, where one
		// word is another town's alias ("Ceel", Eyl): the two words.
		{"On 3 November 2024, Al Shabaab militants abducted 5 elders in Ceel Buur (Ceel Buur, Galgaduud).", "Ceel Buur", "Ceel Buur/Galguduud/SO region q= gp=2"},
		// Initials that end the name say what the place is.
		{"On 25 October 2024, the RSF shelled Abu Shouk IDP camp in El Fasher (North Darfur), killing 9.", "Abu Shouk", "Abu Shouk/Northern Darfur/SD city q=camp gp=2"},
		// A big city's alias abroad is no reading beside the region
		// that holds the name: Congo's Mambasa, not Mombasa.
		{"On 7 March 2025, ADF rebels killed 23 civilians with machetes in Mambasa (Ituri).", "Mambasa", "Mambasa/Ituri/CD region q= gp=2"},
		// A word of the camp's kind between name and settlement word.
		{"In North Darfur, RSF fighters attacked the Zamzam displacement camp on Friday, killing at least 12 people.", "Zamzam", "Zamzam/Northern Darfur/SD region q=camp gp=2"},
		{"Israeli forces shot and killed a Palestinian man near the Al-Far'a refugee camp in Tubas.", "Al-Far'a", "/PS city q=camp gp=2"},
		// ACLED's bracket holding a division the gazetteer lacks: the
		// country the sentence's demonym gives, at geo-precision 3.
		{"On 8 August 2024, JNIM militants attacked Burkinabe soldiers in Samorogouan (Kenedougou), killing 30.", "Samorogouan", "Samorogouan//BF country q= gp=3"},
		// A province by the name the news gives it, not GeoNames' own
		// ("Sandbondtenga"): the village lies in it.
		{"On 8 August 2024, JNIM militants attacked Burkinabe soldiers in Barsalogho (Sanmatenga), killing 30.", "Barsalogho", "Barsalogho/Centre-Nord/BF district q= gp=2"},
	}
	for _, tt := range tests {
		checkPlace(t, run(t, doc.Meta{}, tt.text), tt.name, tt.want)
	}
	// Each name once: "in Ceel Buur (" finds it after "in" and before
	// the bracket.
	dc := run(t, doc.Meta{}, "On 3 November 2024, Al Shabaab militants abducted 5 elders in Ceel Buur (Ceel Buur, Galgaduud).")
	if n := len(dc.Places); n != 3 {
		t.Errorf("%d place mentions, want 3", n)
	}
	// An acronym in brackets is a name's, no division: "the Karen
	// National Union (KNU)" is no village.
	dk := run(t, doc.Meta{}, "On 15 January 2025, the Karen National Union (KNU) attacked Burmese soldiers near Myawaddy.")
	for _, p := range dk.Places {
		if strings.HasPrefix(p.ID, "unlisted:") {
			t.Errorf("unlisted %q", p.Name)
		}
	}
	// "in the Donetsk region" holds the village before it, not the
	// Poltava one of its name.
	checkPlace(t, run(t, doc.Meta{}, "Russia's Defense Ministry said its forces had captured the village of Novoselivka in the Donetsk region."), "Novoselivka", "Novoselivka/Donetsk/UA")
	// Initials before a settlement word are a group's, not a place:
	// "an ELN camp in Cauca".
	d2 := run(t, doc.Meta{}, "On 26 November 2024, the Colombian army bombed an ELN camp in Cauca, killing 7 guerrillas.")
	for _, m := range d2.Places {
		if strings.Contains(m.Span.In(d2.Text), "ELN") {
			t.Errorf("initials read as a place: %s", show(d2, m))
		}
	}
	// A list that lost its commas is no one name (FA-KES).
	d1 := run(t, doc.Meta{}, "Meanwhile moderate groups organized 11 airstrike operations against Daish in the area of Ziyadiyah Bahrutah Duvaybik Aktharin and Manbij in northern Syria.")
	for _, m := range d1.Places {
		if strings.Contains(m.Span.In(d1.Text), "Bahrutah") {
			t.Errorf("list read as one place: %s", show(d1, m))
		}
	}
	// Named again later, bare, it is the same place (a story written
	// for sitrep); under a "GOMA, Congo" dateline, Congo is DR Congo,
	// Goma's.
	d0 := run(t, doc.Meta{}, "GOMA, Congo (Reuters) - M23 rebels seized the town of Rubaya on Tuesday.\n\nMore than 20,000 people have fled the fighting around Rubaya in the past week.")
	var rubaya []string
	for _, m := range d0.Places {
		if m.Span.In(d0.Text) == "Rubaya" {
			rubaya = append(rubaya, m.ID)
		}
		if m.Span.In(d0.Text) == "Congo" && m.Country != "CD" || m.Span.In(d0.Text) == "GOMA" && m.Country != "CD" {
			t.Errorf("%s", show(d0, m))
		}
	}
	if len(rubaya) != 2 || rubaya[0] != rubaya[1] {
		t.Errorf("Rubaya mentions %q, want two of one place", rubaya)
	}
	// No container, no place: a capitalized word after "in" alone is not
	// enough.
	d := run(t, doc.Meta{}, "The talks in Zorbland village ended on Monday.")
	for _, m := range d.Places {
		t.Errorf("%q: %s", d.Text, show(d, m))
	}
}

// A name is no anchor for its own reading: Ras al-Ain in a story about
// northeastern Syria stays in Syria, not at Ceylanpınar, its Turkish twin
// across the border that GeoNames also calls Ras al-Ain.
func TestTwinTown(t *testing.T) {
	text := "Al-Qaeda loyalists attacked a mainly Kurdish town in northeastern Syria sparking fighting in which 17 people were killed. The assault on the strategic border town of Ras al-Ain was part of a wider offensive. Syrian Kurd activist Havidar said civilians had fled in waves into villages in Turkey."
	d := run(t, doc.Meta{}, text)
	for _, m := range d.Places {
		if m.Span.In(d.Text) == "Ras al-Ain" && m.Country != "SY" {
			t.Errorf("%s", show(d, m))
		}
	}
}

// A landmark that locates the place before it is not where the story is
// (FA-KES, Sputnik): "in the city of Idlib near Aleppo".
func TestMainLandmark(t *testing.T) {
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(doc.Meta{}, "Airstrikes carried out by the United States against the Nusra Front in northwestern Syria have killed 11 civilians. "+
		"Al Jazeera quoted local opposition activists as saying that the civilians were killed as US aircraft hit a residential building in the city of Idlib near Aleppo. "+
		"The Pentagon said the attacks near Aleppo targeted the facilities of the Khorasan group.")
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if i := places.Main(d, 0); i < 0 || d.Places[i].Admin1 != "Idlib" {
		got := "none"
		if i >= 0 {
			got = d.Places[i].Name + " " + d.Places[i].Admin1
		}
		t.Errorf("main place %s, want one in Idlib", got)
	}
}

// "Congo" is news's DR Congo unless the story names the other Congo's
// towns (sentences written for sitrep).
func TestTwoCongos(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"Fighting in eastern Congo killed 10 people.", "CD"},
		{"Clashes erupted in Brazzaville, the capital of Congo, on Monday.", "CG"},
	} {
		d := run(t, doc.Meta{}, tt.text)
		found := false
		for _, m := range d.Places {
			if m.Span.In(d.Text) == "Congo" {
				found = true
				if m.Country != tt.want {
					t.Errorf("%q: %s, want %s", tt.text, show(d, m), tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no Congo", tt.text)
		}
	}
}

// A name read both as a town and as the county that holds it ("Kirkuk")
// does not vouch for itself when named twice.
func TestSelfVouching(t *testing.T) {
	d := run(t, doc.Meta{}, "Militants attacked a post in the northern province of Kirkuk, south of the city of Kirkuk.")
	var got []string
	for _, m := range d.Places {
		got = append(got, show(d, m))
	}
	if len(got) != 2 || !strings.Contains(got[0], "region") || !strings.Contains(got[1], "city") {
		t.Errorf("got %q, want the province, then the city", got)
	}
}

// One name, one place: a headline's first word, rejected alone, is the
// town the story names again (LGL).
func TestOneNameOnePlace(t *testing.T) {
	d := run(t, doc.Meta{}, "Gainesville man gets 15 years for killing baby. A Gainesville man cut a plea deal minutes before trial.")
	var got []string
	for _, m := range d.Places {
		got = append(got, show(d, m))
	}
	if len(got) != 2 || !strings.Contains(got[0], "Gainesville/Florida/US") || !strings.Contains(got[1], "Gainesville/Florida/US") {
		t.Errorf("got %q, want Gainesville, Florida, twice", got)
	}
}

// ACLED's "Maputo (Maputo)": the town, then the division named after it,
// though the capital lies in a division of its own.
func TestTownAndItsRegion(t *testing.T) {
	d := run(t, doc.Meta{}, "On 15 October 2024, around 2,000 people protested in Maputo (Maputo) against the killing of Elvino Dias.")
	var got []string
	for _, m := range d.Places {
		got = append(got, show(d, m))
	}
	if len(got) != 2 || !strings.Contains(got[0], "Maputo/Maputo City/MZ city") || !strings.Contains(got[1], "region") {
		t.Errorf("got %q, want the city, then its province", got)
	}
}

// A bracket that holds no reading of a capital names another place of
// its name abroad: "Caracas (Capital District)" stays in Venezuela, not
// in a district of Manila; its region is Venezuela's too.
func TestBracketAbroad(t *testing.T) {
	// A district the gazetteer lacks, whose last word is a town abroad,
	// holds nothing: the region after it vouches for the town at home.
	checkPlace(t, run(t, doc.Meta{}, "On 10 February 2025, OLA militants abducted 20 passengers from a bus near Fiche (North Shewa, Oromia)."), "Fiche", "Fichē/Oromiya/ET city")
	d := run(t, doc.Meta{}, "On 24 November 2024, the Venezuelan National Guard arrested 15 opposition activists in Caracas (Capital District) ahead of a planned rally.")
	for _, m := range d.Places {
		if m.Country != "VE" {
			t.Errorf("%s", show(d, m))
		}
	}
}

// ACLED's "Tripoli (Tripoli, North)": the region vouches for Lebanon's
// Tripoli, though the district's name alone would confirm Libya's
// capital, the bigger.
func TestTownDistrictRegion(t *testing.T) {
	d := run(t, doc.Meta{}, "On 5 May 2024, Israeli drones struck Tripoli (Tripoli, North).")
	for _, m := range d.Places {
		if m.Kind == "place" && m.Country != "LB" {
			t.Errorf("%s", show(d, m))
		}
	}
}

// The country named right after an unlisted village holds it, past its
// own qualifier: "Kawkaba in southern Lebanon" is Lebanon's village, no
// alias of Israel's Kokhav Michael Sobell, and keeps its name.
func TestVillageInCountry(t *testing.T) {
	for _, text := range []string{
		"Gunmen killed five civilians in the village of Kawkaba in southern Lebanon on Monday.",
		"Gunmen killed five civilians in the village of Kawkaba, Lebanon, on Monday.",
	} {
		d := run(t, doc.Meta{}, text)
		found := false
		for _, m := range d.Places {
			if m.Kind == "place" && m.Country != "LB" {
				t.Errorf("%s", show(d, m))
			}
			found = found || m.Name == "Kawkaba" && m.GeoPrecision == 3
		}
		if !found {
			t.Errorf("%q: no unlisted Kawkaba in Lebanon", text)
		}
	}
}

// A demonym before "village of" says whose village it is: Lebanon's
// Kawkaba, which the gazetteer lacks, is no alias of Israel's Kokhav
// Michael Sobell.
func TestDemonymVillage(t *testing.T) {
	d := run(t, doc.Meta{}, "BEIRUT (Reuters) - An Israeli strike on a house in the southern Lebanese village of Kawkaba killed four people on Sunday, the health ministry said.")
	for _, m := range d.Places {
		if m.Kind == "place" && m.Country != "LB" {
			t.Errorf("%s", show(d, m))
		}
	}
}

// A division in brackets vouches as that division, though a town shares
// its name: "Dnipro (Dnipropetrovsk)" is the city in its oblast, not the
// raion, however Dnipropetrovsk was once the city's name; a bracket that
// repeats the region just named ("Kursk region (Kursk)") stays the
// region.
func TestBracketedDivisionNamesNoTown(t *testing.T) {
	checkPlace(t, run(t, doc.Meta{}, "On 21 November 2024, Russia fired an intermediate-range ballistic missile at Dnipro (Dnipropetrovsk)."), "Dnipro", "Dnipro/Dnipropetrovsk/UA city")
	d := run(t, doc.Meta{}, "On 6 August 2024, Ukrainian forces launched a cross-border incursion into Kursk region (Kursk), capturing the town of Sudzha (Sudzhanskiy, Kursk) on 15 August.")
	for _, m := range d.Places {
		if m.Span.In(d.Text) == "Kursk" && m.Precision != "region" {
			t.Errorf("%s", show(d, m))
		}
	}
}

// A given name of the region's news before a surname makes it a person,
// however a town abroad shares it (FA-KES, TRT World: "said Hadi Abdullah
// a Syrian activist" had been Abdulino, Russia).
func TestActivistNamedNoTown(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, `"Those who have been helping the wounded are now killed" said Hadi Abdullah a Syrian activist. A Russian jet targeted us with cluster bombs.`), "Abdullah")
}

// A word never a place alone is no unlisted village either: "regime-held
// Shia villages", "Kurdish villages" are a faith's and a people's (FA-KES,
// AFP).
func TestFaithVillagesNoPlace(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, "To the west in Idlib province rebels heavily shelled the province's last two regime-held Shia villages for the second consecutive day. Fighters also attacked Kurdish villages near Ras al-Ain."), "Shia", "Kurdish")
}

// A people's name before "village" is no village either, however a
// town shares it: "a Fulani village", "a Hema village" (Benin's Hema),
// "a Meitei village".
func TestPeoplesVillagesNoPlace(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, "Gunmen attacked a Fulani village in Bokkos on Monday. Militants burned a Hema village in Djugu territory. Kuki militants fired at a Meitei village in Bishnupur."), "Fulani", "Hema", "Meitei")
}

// A village the text plainly names, with no place that holds it in its
// sentence, is somewhere in the story's country (the gazetteer lacks
// Kirawa): named, at country grain, never nowhere.
func TestVillageOnlyInCountry(t *testing.T) {
	d := run(t, doc.Meta{}, "Nigeria's army said on Monday it had repelled an attack. Troops attacked Boko Haram fighters in the village of Kirawa, killing 12.")
	found := false
	for _, m := range d.Places {
		found = found || m.Name == "Kirawa" && m.Country == "NG" && m.GeoPrecision == 3
	}
	if !found {
		t.Errorf("no unlisted Kirawa in Nigeria")
	}
}

// A name the gazetteer lacks, with its country right after it, is
// somewhere in that country: "in Pibor, South Sudan" (written for sitrep).
func TestUnlistedBeforeCountry(t *testing.T) {
	for _, text := range []string{"Fighting was reported in Pibor, South Sudan.", "Fighting was reported in Pibor, in South Sudan, on Monday."} {
		d := run(t, doc.Meta{}, text)
		found := false
		for _, m := range d.Places {
			found = found || m.Name == "Pibor" && m.Country == "SS" && m.GeoPrecision == 3
		}
		if !found {
			t.Errorf("%s: no unlisted Pibor in South Sudan", text)
		}
	}
}

// An organisation's acronym before a settlement word names no place: "a
// FAMa camp" is the Malian army's (an ACLED-style note written for sitrep).
func TestAcronymCampNoPlace(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, "On 12 June 2025, JNIM claimed responsibility for an attack on a FAMa camp in Boulkessi (Douentza, Mopti)."), "FAMa")
}

// A country's own forces and armed groups tell where a story that names
// no country is told: Beni is Congo's, not Bolivia's department (written
// for sitrep).
func TestGroupsTellCountry(t *testing.T) {
	d := run(t, doc.Meta{}, "On 10 July 2025, the FARDC and MONUSCO troops attacked ADF positions in Beni.")
	found := false
	for _, m := range d.Places {
		found = found || m.Span.In(d.Text) == "Beni" && m.Country == "CD"
	}
	if !found {
		t.Errorf("Beni not in Congo: %v", d.Places)
	}
}

// A town abroad met only by its skeleton, in a sentence that names a
// region of another country and none of its own, is another name:
// Bajaur in Khyber Pakhtunkhwa is not Iran's Bijar ("bjr"). The
// skeleton stays where its country is named beside it.
func TestSkeletonBesideRegionAbroad(t *testing.T) {
	checkNoPlace(t, run(t, doc.Meta{}, "In neighbouring Khyber Pakhtunkhwa province, gunmen shot dead a polio worker in Bajaur on Sunday, police said."), "Bajaur")
}

// A body of water the gazetteer cannot place is no place, nor are its
// words; one it places stays (written for sitrep, ACLED notes' style).
func TestUnplacedWater(t *testing.T) {
	for _, w := range []string{"the Gulf of Aden", "the Bay of Bengal", "the Caspian Sea", "the South China Sea", "the North Sea", "the Gulf of Aqaba"} {
		d := run(t, doc.Meta{}, "On 6 March 2024, a missile struck a ship in "+w+".")
		for _, m := range d.Places {
			t.Errorf("%s: %s", w, show(d, m))
		}
	}
	d := run(t, doc.Meta{}, "On 6 March 2024, a missile struck a ship in the Red Sea.")
	if len(d.Places) != 1 || d.Places[0].Name != "Red Sea" {
		for _, m := range d.Places {
			t.Errorf("Red Sea: %s", show(d, m))
		}
	}
}

// The stage keeps what a word's spelling tells across the documents it
// reads (the words' memo): what it finds in a document must not depend on
// the documents read before it. The sample's articles, read in turn and
// then in the reverse order, give each the same places.
func TestNoTraceOfEarlierDocuments(t *testing.T) {
	var texts []string
	err := input.Read("sample", strings.NewReader(string(sample.JSONL())), func(it input.Item) bool {
		if it.Err == nil {
			texts = append(texts, it.Text)
		}
		return true
	})
	if err != nil || len(texts) < 2 {
		t.Fatal(err, len(texts))
	}
	read := func(text string) string {
		var b strings.Builder
		d := run(t, doc.Meta{}, text)
		for _, m := range d.Places {
			fmt.Fprintln(&b, show(d, m), m.ID, m.Score)
		}
		return b.String()
	}
	first := make([]string, len(texts))
	for i, text := range texts {
		first[i] = read(text)
	}
	for i := len(texts) - 1; i >= 0; i-- {
		if got := read(texts[i]); got != first[i] {
			t.Errorf("document %d read after others:\n%s\nfirst read:\n%s", i, got, first[i])
		}
	}
}
