package dates

import (
	"sort"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// link is a range phrase found between mentions (indices into the
// mention list); b < 0 is an open end.
type link struct {
	a, b  int
	kind  string
	start int32 // byte offset of the cue word ("between", "since")
}

// datable reports whether a mention names a point or stretch of calendar
// time that a range can start or end at.
func (m *mention) datable() bool {
	switch m.kind {
	case kAbs, kWeekday, kRelDay, kRelUnit, kAgo, kQuarter:
		return true
	}
	return false
}

// links finds "between X and Y", "from X to Y", "X-Y", "since X", "until
// X" over the mentions, and lets a year-less end take the year of the
// other ("from July to September 2015").
func (s *Stage) links(d *doc.Doc, ms []mention) []link {
	var out []link
	tokenAt := func(off int32) int {
		return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })
	}
	for k := 0; k < len(ms); k++ {
		a := &ms[k]
		if !a.datable() {
			continue
		}
		ti := tokenAt(a.span.Start)
		cue := s.norm(d, ti-1)
		var b *mention
		between := ""
		if k+1 < len(ms) && ms[k+1].datable() && ms[k+1].article == a.article {
			b = &ms[k+1]
			tj := tokenAt(a.span.End)
			tb := tokenAt(b.span.Start)
			if tb == tj+1 {
				between = s.norm(d, tj)
			}
		}
		switch {
		case cue == "between" && between == "and":
			out = append(out, link{k, k + 1, "between", d.Tokens[ti-1].Span.Start})
		case cue == "from" && (between == "to" || between == "until" || between == "till" || between == "through" || between == "-"):
			out = append(out, link{k, k + 1, "from", d.Tokens[ti-1].Span.Start})
		case between == "-" && a.kind == kAbs && b.kind == kAbs && a.m != 0 && b.m != 0:
			out = append(out, link{k, k + 1, "from", a.span.Start}) // "Nov. 26-Dec. 4"
		case between == "and" && a.kind == kAbs && b.kind == kAbs && a.m != 0 && a.dd != 0 && (a.m == b.m && b.dd == a.dd+1 || b.m == a.m%12+1 && b.dd == 1 && a.dd >= 28):
			// "On 3 and 4 March 2024, the SAF and the RSF clashed": two
			// days running, one stretch (or across a month's end: "On
			// 30 April and 1 May 2024").
			out = append(out, link{k, k + 1, "from", a.span.Start})
		case (between == "to" || between == "into" || between == "-") && a.kind == kWeekday && b.kind == kWeekday:
			// "on the night of Monday to Tuesday", "overnight Sunday
			// into Monday": two days, one stretch.
			out = append(out, link{k, k + 1, "from", a.span.Start})
		case cue == "since":
			out = append(out, link{k, -1, "since", d.Tokens[ti-1].Span.Start})
			continue
		case cue == "until" || cue == "till":
			out = append(out, link{k, -1, "until", d.Tokens[ti-1].Span.Start})
			continue
		default:
			continue
		}
		shareYear(a, b)
		k++ // b is taken
	}
	return out
}

// shareYear gives a year-less end of a range the year of the other end.
func shareYear(a, b *mention) {
	if a.kind != kAbs || b.kind != kAbs || a.m == 0 || b.m == 0 {
		return
	}
	switch {
	case !a.yearGiven && b.yearGiven:
		a.y, a.yearGiven = b.y, true
		if a.m > b.m {
			a.y--
		}
	case a.yearGiven && !b.yearGiven:
		b.y, b.yearGiven = a.y, true
		if b.m < a.m {
			b.y++
		}
	}
}

// addRanges turns the links into d.DateRanges; at maps a mention index to
// its index in d.Dates (-1 when it was not kept).
func addRanges(d *doc.Doc, ms []mention, ls []link, at []int) {
	for _, l := range ls {
		ia := at[l.a]
		if ia < 0 {
			continue
		}
		ta := d.Dates[ia]
		r := doc.DateRange{Kind: l.kind, From: doc.MakeIndex(ia), Span: doc.Span{Start: l.start, End: ta.Span.End}, Precision: ta.Precision}
		ref := doc.Day(0)
		if art := ms[l.a].article; art >= 0 && art < len(d.ArticleDates) {
			ref = d.ArticleDates[art].Published
		}
		switch l.kind {
		case "since":
			r.Start, r.End = ta.Start, ref
		case "until":
			r.End, r.From, r.To = ta.End, 0, doc.MakeIndex(ia)
		default:
			ib := at[l.b]
			if ib < 0 {
				continue
			}
			tb := d.Dates[ib]
			r.To, r.Span.End = doc.MakeIndex(ib), tb.Span.End
			r.Start, r.End = ta.Start, tb.End
			r.Precision = max(ta.Precision, tb.Precision)
			if r.Start != 0 && r.End != 0 && r.End < r.Start {
				r.Start, r.End = 0, 0 // a range that runs backwards is misread
			}
		}
		d.DateRanges = append(d.DateRanges, r)
	}
}
