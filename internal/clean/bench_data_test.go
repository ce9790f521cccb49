package clean

import (
	"os"
	"testing"
)

func benchText(b *testing.B) string {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(src)
}
