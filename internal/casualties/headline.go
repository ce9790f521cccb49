package casualties

import "github.com/sitrep-dev/sitrep/internal/doc"

// Figure is a count made of one or more coordinated quantities.
type Figure struct {
	Stated, Low, Best, High int64
	Parts                   []int // into Doc.Quantities
}

// CivilianDeaths returns the figure an article gives for civilians killed,
// the number an analyst would put in a spreadsheet: the first figure of
// the dead in the article (the lead states the news), or a figure of
// civilians in the same sentence ("Six civilians including a child were
// among at least 22 people killed" counts 6 civilians); coordinated
// figures add up ("five women and a child": 6). Figures that count
// combatants, break another down ("including 8 children"), or total a
// whole war are left out, and a vague count ("dozens") is taken only when
// the article gives no number. ok is false when it gives none.
func CivilianDeaths(d *doc.Doc, article int) (Figure, bool) {
	if article < 0 || article >= len(d.Articles) {
		return Figure{}, false
	}
	a := d.Articles[article]
	ext := a.WithTitle()
	lo, hi := ext.Start, ext.End
	civilianDead := func(q doc.Quantity) bool {
		return q.Class == "fatal" && q.Role != "aggregate" && q.Civilian != "combatant"
	}
	// The body's lead over the headline: a headline sums up ("10 civilians
	// killed in Aleppo and Deir Ezzor") where the lead gives the count.
	inBody := false
	for _, q := range d.Quantities {
		if q.Span.Start >= a.Span.Start && q.Span.End <= hi && civilianDead(q) && q.Sent.Valid() && !q.Vague {
			inBody = true
			break
		}
	}
	first, vague := -1, -1
	for k, q := range d.Quantities {
		if q.Span.Start < lo || q.Span.End > hi || !civilianDead(q) {
			continue
		}
		if inBody && !q.Sent.Valid() {
			continue
		}
		if q.Role == "part" && q.Who != "civilians" {
			continue
		}
		if q.Vague {
			if vague < 0 {
				vague = k
			}
			continue
		}
		if first < 0 {
			first = k
			continue
		}
		// A figure of civilians in the same sentence as the first.
		if f := d.Quantities[first]; f.Who != "civilians" && q.Who == "civilians" && q.Sent == f.Sent && f.Sent.Valid() && !f.And.Valid() {
			first = k
		}
		break
	}
	if first < 0 {
		first = vague
	}
	if first < 0 {
		return Figure{}, false
	}
	f := sum(d, first, civilianDead)
	// A headline that sums up more than the lead reports ("Four killed
	// including two women in terrorist attacks in Aleppo and Quneitra"
	// over "a woman was killed …") gives the article's count.
	if inBody {
		for k, q := range d.Quantities {
			if q.Span.Start < lo || q.Span.End > hi || q.Sent.Valid() || !civilianDead(q) || q.Vague || q.Role == "part" {
				continue
			}
			h := sum(d, k, civilianDead)
			// Not when the lead's sentence accounts for the headline's
			// figure with combatants in it ("22 dead" over "Six
			// civilians … among at least 22 people"; "kills 18" over
			// "killed 17 militants and a child").
			if explains(d, d.Quantities[first].Sent, h.Best) {
				break
			}
			if h.Best != doc.NoCount && f.Best != doc.NoCount && h.Best > f.Best {
				return h, true
			}
			break
		}
	}
	return f, true
}

// explains reports whether sentence si holds a figure of the dead equal to
// n, or figures of the dead that add up to it.
func explains(d *doc.Doc, si doc.Index, n int64) bool {
	if !si.Valid() || n == doc.NoCount {
		return false
	}
	var total int64
	for _, q := range d.Quantities {
		if q.Sent != si || q.Class != "fatal" || q.Role == "part" || q.Best == doc.NoCount {
			continue
		}
		if q.Best == n {
			return true
		}
		total += q.Best
	}
	return total == n
}

// sum adds up the coordinated figures from quantity first on.
func sum(d *doc.Doc, first int, civilianDead func(doc.Quantity) bool) Figure {
	var f Figure
	for k := first; ; {
		q := d.Quantities[k]
		if civilianDead(q) {
			f.Stated += q.Stated
			f.Low = addBound(f.Low, q.Low, len(f.Parts) == 0)
			f.Best = addBound(f.Best, q.Best, len(f.Parts) == 0)
			f.High = addBound(f.High, q.High, len(f.Parts) == 0)
			f.Parts = append(f.Parts, k)
		}
		if !q.And.Valid() {
			break
		}
		k = q.And.Get()
	}
	return f
}

// addBound adds two bounds; an open bound makes the sum open.
func addBound(sum, v int64, first bool) int64 {
	if first {
		return v
	}
	if sum == doc.NoCount || v == doc.NoCount {
		return doc.NoCount
	}
	return sum + v
}
