package gazetteer

import (
	"strings"
	"testing"
)

// FuzzAddFiles feeds the user-gazetteer parsers anything: errors name a
// line, nothing panics, and what is added has valid coordinates.
func FuzzAddFiles(f *testing.F) {
	g, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Bustan al-Qasr\tBustan al Qasr|Bustan el-Qasr\tgeonames:170063\t\t\tneighbourhood\tsupplement\n")
	f.Add("Tal Qarah\t\t\t36.1\t37.0\tvillage\tteam\n")
	f.Add("99000001\tQaryat\tQaryat\tA,B\t35.5\t36.5\tP\tPPL\tSY\t\t07\t\t\t\t900\t\t300\tAsia/Damascus\t2020-01-01\n")
	f.Add("x\ty\n\xff\n")
	f.Fuzz(func(t *testing.T, s string) {
		n := len(g.Places)
		err1 := g.AddTSV("f.tsv", strings.NewReader(s))
		err2 := g.AddGeoNames("f.txt", strings.NewReader(s))
		for _, err := range []error{err1, err2} {
			if err != nil && !strings.HasPrefix(err.Error(), "f.") {
				t.Fatalf("error without the file's name: %v", err)
			}
		}
		for _, p := range g.Places[n:] {
			if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 || p.Lat != p.Lat {
				t.Fatalf("bad place %+v", p)
			}
		}
	})
}
