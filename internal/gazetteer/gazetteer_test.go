package gazetteer

import (
	"github.com/sitrep-dev/sitrep/internal/placename"
	"runtime"
	"strings"
	"testing"
	"time"
)

func TestLoadBudget(t *testing.T) {
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	start := time.Now()
	g, err := load()
	if err != nil {
		t.Fatal(err)
	}
	took := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&after)
	t.Logf("%d places, %d loose keys, %d skeleton keys; load %v, heap %d MB", len(g.Places), len(g.loose), len(g.skel), took, (after.HeapAlloc-before.HeapAlloc)>>20)
	if h := HashAdd(HashAdd(Hash("tal"), " "), "rifaat"); h != Hash("tal rifaat") {
		t.Error("Hash is not incremental")
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
