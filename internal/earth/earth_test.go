package earth

import (
	"math"
	"testing"
)

func TestKm(t *testing.T) {
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64
	}{
		{"Aleppo to Damascus", 36.20124, 37.16117, 33.5102, 36.29128, 310},
		{"the same point", 36.2, 37.16, 36.2, 37.16, 0},
		{"a quarter of the equator", 0, 0, 0, 90, 10008},
	}
	for _, tt := range tests {
		if got := Km(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > 5 {
			t.Errorf("%s: %.0f km, want about %.0f", tt.name, got, tt.want)
		}
	}
}
