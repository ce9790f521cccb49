package places

import (
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// Main returns the index in d.Places of an article's main place: of the
// places finer than a country in the country the article names most, the
// first mention of the admin1 region named where it matters most — the
// dateline or headline, the lead, a sentence that counts dead — with a
// little weight for each further mention, up to five. It returns -1 when the article
// names no such place.
func Main(d *doc.Doc, article int) int {
	if article < 0 || article >= len(d.Articles) {
		return -1
	}
	a := d.Articles[article]
	ext := a.WithTitle()
	lo, hi := ext.Start, ext.End
	if a.Dateline.Valid() {
		if dl := d.Datelines[a.Dateline.Get()]; dl.Span.Start < lo {
			lo = dl.Span.Start
		}
	}
	// The lead: the first two sentences of the body; the top: the first
	// six, where a news story tells its event before the background.
	leadEnd, topEnd := a.Span.Start, a.Span.Start
	seen := 0
	for _, s := range d.Sents {
		if s.Span.Start >= a.Span.Start && s.Span.End <= a.Span.End {
			if seen < 2 {
				leadEnd = s.Span.End
			}
			topEnd = s.Span.End
			if seen++; seen == 6 {
				break
			}
		}
	}
	// The country the article is about: its mentions, those in the
	// headline, the lead and sentences that count dead weighing more
	// ("23 DAESH members were killed in northern Syria in a Turkish
	// operation" is about Syria, however often Kilis is named later).
	count := map[string]float64{}
	for _, m := range d.Places {
		if m.Span.Start >= lo && m.Span.End <= hi && m.Kind != "metonym" {
			// Places say where, towns more than countries ("on Syria's
			// border with Turkey"); demonyms ("Russian air forces", "Turkish
			// security sources") count little, the more so in the lead.
			w := 0.5
			if m.Kind == "place" {
				w = 2
				if m.Precision == "country" {
					w = 1
				}
				if m.Span.End <= leadEnd {
					w += 2
				}
				if countsDead(d, m.Span) {
					w += 2
				}
			}
			count[m.Country] += w
		}
	}
	top, n := "", 0.0
	for cc, k := range count {
		if k > n || k == n && cc < top {
			top, n = cc, k
		}
	}
	// A region's weight: where it is named best (+6 in the dateline or
	// headline, +4 in the lead, +4 in a sentence that counts dead), and a
	// little for each mention.
	weight := map[string]float64{}
	top1 := map[string]float64{}
	first := map[string]int{}
	for i, m := range d.Places {
		if m.Span.Start < lo || m.Span.End > hi || m.Kind != "place" || m.Precision == "country" || m.Country != top {
			continue
		}
		// A landmark that places the place before it says less of where:
		// "in the city of Idlib near Aleppo".
		if i > 0 && landmark(d, d.Places[i-1], m) {
			continue
		}
		key := m.Admin1
		if key == "" {
			key = m.ID
		}
		w := 0.0
		if m.Span.Start < a.Span.Start {
			w += 6
		} else if m.Span.End <= leadEnd {
			w += 4
		}
		if countsDead(d, m.Span) {
			// A toll in the background ("the war has killed 400,000")
			// says less about where than one at the top.
			w += 2
			if m.Span.End <= topEnd {
				w += 2
			}
		}
		top1[key] = max(top1[key], w)
		// Mentions count a little, and only so far: a city the story
		// keeps coming back to as background (Aleppo, named 18 times)
		// does not outweigh where the lead says the dead were.
		weight[key] = min(weight[key]+0.3, 1.5)
		if _, ok := first[key]; !ok {
			first[key] = i
		}
	}
	for key := range weight {
		weight[key] += top1[key]
	}
	best, bw := -1, 0.0
	for key, w := range weight {
		i := first[key]
		if w > bw || w == bw && i < best {
			best, bw = i, w
		}
	}
	return best
}

// countsDead reports whether the sentence holding sp has a figure of the
// dead.
func countsDead(d *doc.Doc, sp doc.Span) bool {
	for _, s := range d.Sents {
		if s.Span.Start <= sp.Start && sp.End <= s.Span.End {
			for _, q := range d.Quantities {
				if q.Class == "fatal" && q.Span.Start >= s.Span.Start && q.Span.End <= s.Span.End {
					return true
				}
			}
			return false
		}
	}
	return false
}

// landmark reports whether m is named only to locate the place p right
// before it: "Idlib near Aleppo", "a village outside Homs".
func landmark(d *doc.Doc, p, m doc.PlaceMention) bool {
	if p.Kind != "place" || p.Span.End > m.Span.Start || m.Span.Start-p.Span.End > 10 {
		return false
	}
	switch strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(d.Text[p.Span.End:m.Span.Start]), ",")) {
	case "near", "outside", "close to", "near the city of", "near the town of":
		return true
	}
	return false
}
