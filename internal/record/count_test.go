package record

import (
	"testing"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

func TestCountAdd(t *testing.T) {
	n := func(v int64) *int64 { return &v }
	text := "over 180 people and 20 soldiers"
	tests := []struct {
		c         Count
		q         doc.Quantity
		low, best *int64
		high      *int64
		wantText  string
	}{
		// 9 + 2: every bound adds.
		{Count{Low: n(9), Best: n(9), High: n(9), Text: "9"}, doc.Quantity{Low: 2, Best: 2, High: 2, Span: doc.Span{Start: 20, End: 31}}, n(11), n(11), n(11), "9 + 20 soldiers"},
		// "over 180" has no high bound: neither has the sum.
		{Count{Low: n(181), Best: n(181), Text: "over 180 people"}, doc.Quantity{Low: 20, Best: 20, High: 20, Span: doc.Span{Start: 20, End: 31}}, n(201), n(201), nil, "over 180 people + 20 soldiers"},
		// A part with only a best figure gives it as its low bound.
		{Count{Low: n(5), Best: n(5), High: n(5), Text: "5"}, doc.Quantity{Low: doc.NoCount, Best: 12, High: doc.NoCount, Span: doc.Span{Start: 20, End: 31}}, n(17), n(17), nil, "5 + 20 soldiers"},
	}
	for _, tt := range tests {
		c := tt.c
		c.add(tt.q, text)
		eq := func(a, b *int64) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }
		if !eq(c.Low, tt.low) || !eq(c.Best, tt.best) || !eq(c.High, tt.high) || c.Text != tt.wantText {
			t.Errorf("%+v add %+v: %v %v %v %q", tt.c, tt.q, c.Low, c.Best, c.High, c.Text)
		}
	}
}
