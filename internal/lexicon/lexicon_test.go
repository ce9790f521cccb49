package lexicon

import (
	"strings"
	"testing"
)

func TestAbbrev(t *testing.T) {
	for w, want := range map[string]AbbrevClass{
		"Dec": Month, "dec": Month, "Sep": Month, "Mr": Title, "Lt": Title, "Col": Title,
		"No": Ordinal, "w": Direction, "e": Direction, "etc": Other, "Aleppo": NotAbbrev, "reporters": NotAbbrev,
	} {
		if got := Abbrev(w); got != want {
			t.Errorf("Abbrev(%q) = %d, want %d", w, got, want)
		}
	}
	if !SentenceStarter("The") || SentenceStarter("Aleppo") {
		t.Error("sentence starters wrong")
	}
}

func TestScanLinesReportsLine(t *testing.T) {
	err := ScanLines("x.tsv", strings.NewReader("# c\n\na\tb\nbad\n"), func(line int, f []string) error {
		if len(f) != 2 {
			return errBad
		}
		return nil
	})
	if err == nil || err.Error() != "x.tsv:4: bad" {
		t.Errorf("err = %v", err)
	}
}

type badErr struct{}

func (badErr) Error() string { return "bad" }

var errBad = badErr{}

func TestSet(t *testing.T) {
	s := NewSet([]string{"killed", "said", "aleppo", ""})
	for _, w := range []string{"killed", "said", "aleppo", ""} {
		if !s.Has(Hash(w)) {
			t.Errorf("%q missing", w)
		}
	}
	for _, w := range []string{"kill", "says", "homs"} {
		if s.Has(Hash(w)) {
			t.Errorf("%q present", w)
		}
	}
}

func TestKeySet(t *testing.T) {
	s := KeySet(map[string]int{"killed": 1, "shelled": 2})
	if !s.Has(Hash("killed")) || !s.Has(Hash("shelled")) || s.Has(Hash("said")) {
		t.Error("KeySet lost or invented a key")
	}
}
