package gazetteer

import (
	"github.com/sitrep-dev/sitrep/internal/placename"
	"runtime"
	"strings"
	"testing"
)

// BenchmarkLoad measures loading the embedded gazetteer (issue 5's
// budget: 300 ms, 300 MB resident) and reports the heap it keeps.
func BenchmarkLoad(b *testing.B) {
	var heap uint64
	for b.Loop() {
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		g, err := load()
		if err != nil {
			b.Fatal(err)
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		heap = after.HeapAlloc - before.HeapAlloc
		runtime.KeepAlive(g)
	}
	b.ReportMetric(float64(heap)/(1<<20), "MB-heap")
}

func TestLoad(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if len(g.Places) < 200000 || g.loose.Len() < 400000 {
		t.Errorf("%d places, %d keys", len(g.Places), g.loose.Len())
	}
	if h := HashAdd(HashAdd(Hash("tal"), " "), "rifaat"); h != Hash("tal rifaat") {
		t.Error("Hash is not incremental")
	}
	if i, ok := g.ByID("170063"); !ok || g.Places[i].Name != "Aleppo" {
		t.Error("ByID")
	}
	// Every place is found again by its id: the GeoNames rows, and the
	// cities1000 towns after them that have none.
	refs := 0
	for i := range g.Places {
		p := &g.Places[i]
		if j, ok := g.ByID(p.ID()); !ok || g.Places[j].ID() != p.ID() {
			t.Fatalf("place %d %q (%s): ByID gives %d, %v", i, p.Name, p.ID(), j, ok)
		}
		if strings.HasPrefix(p.Ref, "cities1000:") {
			refs++
		}
	}
	if refs < 10000 {
		t.Errorf("%d cities1000 towns, want the dump's", refs)
	}
	// GeoNames' own points (geonames-points.tsv) replace world-countries'
	// and the extent's: the United States at 39.76, -98.5, not 38, -97.
	if i, ok := g.Country("US"); !ok || g.Places[i].Lat != 39.76 || g.Places[i].Lon != -98.5 {
		t.Errorf("US point %v", g.Places[i])
	}
	if i, ok := g.Region("CA", "01"); !ok || g.Places[i].Lat != 52.28333 {
		t.Errorf("Alberta point %v", g.Places[i])
	}
	// A region of the world with a cited point is loaded; one without
	// (Oceania: no gold cites it) is not, rather than given a made-up one.
	if i, ok := g.ByID("world:Europe"); !ok || g.Places[i].Kind != WorldRegion || g.Places[i].Lat != 48.691 {
		t.Error("world:Europe")
	}
	if _, ok := g.ByID("world:Oceania"); ok {
		t.Error("world:Oceania has no cited point but was loaded")
	}
}

func name(g *Gazetteer, ids []int32) []string {
	var out []string
	for _, i := range ids {
		p := g.Places[i]
		out = append(out, p.Name+"/"+p.Country+"/"+p.Kind.String())
	}
	return out
}

// The seed's places and their spellings in news.
func TestSpellings(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ text, want string }{
		{"Aleppo", "Aleppo/SY/city"},
		{"Halab", "Aleppo/SY/city"},
		{"Azaz", "I‘zāz/SY/city"},
		{"Tal Rifaat", "Tall Rif‘at/SY/city"},
		{"Tell Rifat", "Tall Rif‘at/SY/city"},
		{"Afrin", "‘Afrīn/SY/city"},
		{"Efrin", "‘Afrīn/SY/city"}, // one Arabic letter, any initial vowel
		{"Edlib", "Idlib/SY/city"},
		{"Nubl", "Nubl/SY/city"},
		{"Raqqa", "Ar Raqqah/SY/city"},
		{"Deir ez-Zor", "Deir ez-Zor/SY/city"},
		{"Dayr az Zawr", "Deir ez-Zor/SY/city"},
		{"Ain al-Arab", "‘Ayn al ‘Arab/SY/city"},
		{"Syria", "Syria/SY/country"},
		{"Turkey", "Türkiye/TR/country"},
		{"Russia", "Russia/RU/country"},
		{"Sheikh Maqsoud", "Sheikh Maqsoud/SY/neighbourhood"},
		{"Karm al-Myassar", "Karm al-Myassar/SY/neighbourhood"},
		// Divisions by their bare names, as news writes them ("Yagha
		// province", "Lachin").
		{"Yagha", "Province du Yagha/BF/district"},
		{"Lachin", "Lachin Rayon/AZ/"},
	}
	for _, tt := range tests {
		ids := g.Lookup(placename.Loose(tt.text))
		if len(ids) == 0 && g.Transliterated("SY") {
			ids = g.LookupSkeleton(placename.Skeleton(tt.text))
		}
		got := name(g, ids)
		if !strings.Contains(strings.Join(got, ","), tt.want) {
			t.Errorf("%q → %v, want %s", tt.text, got, tt.want)
		}
	}
	if ids := g.Lookup(placename.Loose("Nubl")); strings.Contains(strings.Join(name(g, ids), ","), "Kafr") {
		t.Errorf("Nubl matched Kafr Nubl: %v", name(g, ids))
	}
}
