package dates

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/numbers"
)

type kind uint8

const (
	kAbs        kind = iota + 1 // a calendar date, maybe partial: year, month, day
	kWeekday                    // "on Monday", "last Friday"
	kRelDay                     // today, yesterday, tomorrow: offset days
	kRelUnit                    // last week, this month, next year: offset units
	kAgo                        // two days ago
	kDuration                   // 27 days, the last 27 days
	kSet                        // daily, every week
	kRef                        // now, recently, the past
	kQuarter                    // the third quarter
	kQuarterRef                 // the quarter, the latest quarter, the year-ago quarter
	kAnaphor                    // that year, the following day: from the date in focus
)

// mention is an expression found in pass 1, resolved in pass 2.
type mention struct {
	span      doc.Span
	article   int
	kind      kind
	typ       string
	y, m, dd  int  // kAbs parts; 0 when absent
	yearGiven bool // the text stated the year
	narrative int  // year from the narrative for a year-less date; 0 if none
	weekday   int
	offset    int    // kRelDay, kRelUnit, kAgo: signed count
	unit      string // kRelUnit, kAgo, kDuration, kSet
	n         float64
	vague     bool
	endsAtRef bool // "the last 27 days": a range ending on the reference date
	mod       string
	part      string // START, MID, END
	daypart   string
	season    string
	quarter   int
	value     string // fixed value (kRef, kSet)
	decade    bool
	// future: the clause looks ahead ("will meet on Monday"), so a
	// weekday or a year-less date is the next one, not the last.
	future bool
	// yearBack: kQuarterRef and kAgo of one year, which take the
	// granularity the article reports in ("a year earlier" after "the
	// third quarter" is that quarter a year before).
	yearBack bool
	weekend  bool // "the weekend"
	// earlier, later: "earlier this week" ends before the reference day,
	// "later this month" begins after it.
	earlier, later bool
	slash          uint8 // the order of a slashed numeric date
	// relYear: a month whose year is given relative to the reference
	// date: "June last year" (-1), "this September" (0), "next May" (+1).
	relYear    int
	hasRelYear bool
	lastMonth  bool // "last April"
	lastNight  bool // "last night": the night before the reference day
	latest     bool // "the latest quarter": the last one completed
	// clock: a time of day, "9 a.m.", "13:06"; bareClock: one with no
	// day of its own ("at around 7 a.m."), which is on the day the story
	// is at.
	clock, bareClock bool
	// bareNight: "overnight", with no day word; dayInSentence: a day its
	// sentence states before it, on which it then falls ("On 7 April,
	// rebels killed 52 civilians in overnight attacks").
	bareNight, dayInSentence bool
	hour, minute             int
	holiday                  *holidayRule // a named day: "Christmas", "Eid al-Adha"
	holidayWeek              bool         // "Easter week"
}

var (
	reISO     = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})\b`)
	reSlash   = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})\b`)
	reDotted  = regexp.MustCompile(`^(\d{1,2})[.-](\d{1,2})[.-](\d{4})\b`)
	reCompact = regexp.MustCompile(`^(19|20)(\d{2})(\d{2})(\d{2})$`)
)

// find runs pass 1 over every article body.
func (s *Stage) find(d *doc.Doc) []mention {
	// Headlines and sentences, in text order.
	type unit struct {
		span    doc.Span
		article int
	}
	units := make([]unit, 0, len(d.Sents)+len(d.Articles))
	for ai, a := range d.Articles {
		if !a.Title.Empty() {
			units = append(units, unit{a.Title, ai})
		}
	}
	for _, sent := range d.Sents {
		units = append(units, unit{sent.Span, int(sent.Article)})
	}
	// A dateline's date ("WASHINGTON, August 8 (Xinhua) --") is a mention too.
	for ai, a := range d.Articles {
		if a.Dateline.Valid() {
			if dl := d.Datelines[a.Dateline.Get()]; !dl.Date.Empty() {
				units = append(units, unit{dl.Date, ai})
			}
		}
	}
	sort.SliceStable(units, func(i, j int) bool { return units[i].span.Start < units[j].span.Start })
	var out []mention
	for _, u := range units {
		ti, end := d.TokensIn(u.span)
		for i := ti; i < end; {
			// Most words cannot begin a temporal expression: one lookup
			// skips them before match builds anything.
			if t := d.Tokens[i]; t.Kind != doc.Number && !s.startSet.Has(t.Hash) {
				i++
				continue
			}
			m, j, ok := s.match(d, i, end)
			if !ok {
				i++
				continue
			}
			m.article = u.article
			m.future = s.futureCue(d, ti, i, j)
			out = append(out, m)
			i = j
		}
	}
	out = s.dayRanges(d, out)
	narrate(d, out)
	orderSlashes(out)
	return out
}

// dayRanges adds the bare day of a range of days sharing one month: "1"
// in "between 1 and 3 May 2019" and "1-3 May", "3" in "May 1-3, 2019",
// so that links makes them one range.
func (s *Stage) dayRanges(d *doc.Doc, ms []mention) []mention {
	var out []mention
	tokenAt := func(off int32) int {
		return sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= off })
	}
	joiner := func(w string) bool {
		switch w {
		case "and", "to", "-", "–", "until", "through":
			return true
		}
		return false
	}
	day := func(i int) int {
		if i < 0 || i >= len(d.Tokens) || d.Tokens[i].Kind != doc.Number {
			return 0
		}
		n := atoi(d.TokenText(i))
		if n < 1 || n > 31 {
			return 0
		}
		return n
	}
	for k, m := range ms {
		if m.kind != kAbs || m.m == 0 || m.dd == 0 || m.holiday != nil {
			out = append(out, m)
			continue
		}
		ti := tokenAt(m.span.Start)
		// Day first: "1 and 3 May 2019", "1-3 May".
		if d.Tokens[ti].Kind == doc.Number && joiner(s.norm(d, ti-1)) {
			if n := day(ti - 2); n != 0 && n < m.dd && (k == 0 || ms[k-1].span.End <= d.Tokens[ti-2].Span.Start) {
				a := m
				a.dd, a.span = n, d.Tokens[ti-2].Span
				out = append(out, a)
			}
		}
		out = append(out, m)
		// Month first: "May 1-3, 2019", "May 1 to 3".
		te := tokenAt(m.span.End)
		if d.Tokens[ti].Kind != doc.Number && joiner(s.norm(d, te)) && te+1 < len(d.Tokens) {
			if n := day(te + 1); n > m.dd && (k+1 == len(ms) || ms[k+1].span.Start >= d.Tokens[te+1].Span.End) {
				b := m
				b.dd, b.span = n, d.Tokens[te+1].Span
				if !b.yearGiven {
					j := te + 2
					if s.norm(d, j) == "," {
						j++
					}
					if y, k2, ok := s.yearAfter(d, j, len(d.Tokens)); ok {
						b.y, b.yearGiven = y, true
						b.span.End = d.Tokens[k2-1].Span.End
						out[len(out)-1].y, out[len(out)-1].yearGiven = y, true
					}
				}
				out = append(out, b)
			}
		}
	}
	return out
}

// narrate gives year-less dates the year of the narrative: the year of the
// last month-and-year date in the same paragraph, when the months move
// forward from it ("early Feb. 2016 ... late July" is July 2016). When the
// months go backwards it gives nothing and the publication date decides:
// news looks back ("since May") as often as it moves on, and a year-less
// month after an old date is more often recent news than a roll-over.
func narrate(d *doc.Doc, ms []mention) {
	paraOf := func(sp doc.Span) int {
		i := sort.Search(len(d.Paras), func(i int) bool { return d.Paras[i].End > sp.Start })
		return i
	}
	curPara, year, month := -1, 0, 0
	for k := range ms {
		m := &ms[k]
		if p := paraOf(m.span); p != curPara {
			curPara, year, month = p, 0, 0
		}
		if m.kind != kAbs {
			continue
		}
		if m.yearGiven {
			// A bare year ("since 1990") sets no narrative; a month does.
			if m.m != 0 && m.season == "" {
				year, month = m.y, m.m
			}
			continue
		}
		if m.m == 0 || year == 0 || m.m < month {
			// Months going back ("the Dec. 21, 1988, bombing ... agreed in
			// April") leave the narrative: the default year decides.
			continue
		}
		m.narrative, month = year, m.m
	}
}

func (s *Stage) norm(d *doc.Doc, i int) string {
	if i < 0 || i >= len(d.Tokens) {
		return ""
	}
	return d.TokenNorm(i)
}

// match tries every pattern at token i (tokens before end) and returns the
// longest match.
func (s *Stage) match(d *doc.Doc, i, end int) (mention, int, bool) {
	if t := d.Tokens[i]; t.Kind != doc.Number && !s.startSet.Has(t.Hash) {
		return mention{}, i, false
	} else if t.Kind != doc.Number && s.funcSet.Has(t.Hash) && !s.coreAhead(d, i+1, end) {
		return mention{}, i, false
	}
	best, bestEnd := mention{}, i
	try := func(m mention, j int, ok bool) {
		if ok && j > bestEnd {
			best, bestEnd = m, j
		}
	}
	try(s.numeric(d, i, end))
	try(s.monthDate(d, i, end))
	try(s.weekdayExpr(d, i, end))
	try(s.relative(d, i, end))
	try(s.duration(d, i, end))
	try(s.setExpr(d, i, end))
	try(s.yearExpr(d, i, end))
	try(s.clockExpr(d, i, end))
	try(s.holidayExpr(d, i, end))
	if bestEnd == i {
		return mention{}, i, false
	}
	// A time after a day: "1999-01-22 13:06:18", "Tuesday at 9 a.m."
	if !best.clock && best.daypart == "" && (best.kind == kAbs && best.dd != 0 || best.kind == kWeekday || best.kind == kRelDay) {
		k := bestEnd
		if s.norm(d, k) == "at" {
			k++
		}
		if h, mi, k2, ok := s.clock(d, k, end, best.kind == kAbs && best.yearGiven); ok {
			best.clock, best.hour, best.minute, bestEnd = true, h, mi, k2
		}
	}
	best.span = doc.Span{Start: d.Tokens[i].Span.Start, End: d.Tokens[bestEnd-1].Span.End}
	if best.typ == "" {
		best.typ = "DATE"
	}
	return best, bestEnd, true
}

// coreAhead reports whether a core word or a number lies among the five
// tokens from i: "the" in "the end of the year" does, in "the town" not.
func (s *Stage) coreAhead(d *doc.Doc, i, end int) bool {
	for k := i; k < end && k < i+5; k++ {
		if t := d.Tokens[k]; t.Kind == doc.Number || s.coreSet.Has(t.Hash) {
			return true
		}
	}
	return false
}

// numeric: 2016-12-04, 12/4/2016, 24.08.2013, 19980108.
func (s *Stage) numeric(d *doc.Doc, i, end int) (mention, int, bool) {
	t := d.Tokens[i]
	if t.Kind != doc.Number {
		return mention{}, i, false
	}
	rest := d.Text[t.Span.Start:min(int(t.Span.Start)+12, len(d.Text))]
	var y, m, dd, n int
	order := slashNone
	if g := reISO.FindStringSubmatch(rest); g != nil {
		y, m, dd, n = atoi(g[1]), atoi(g[2]), atoi(g[3]), len(g[0])
	} else if g := reSlash.FindStringSubmatch(rest); g != nil {
		a, b := atoi(g[1]), atoi(g[2])
		y, n = atoi(g[3]), len(g[0])
		if y < 100 {
			y += 1900
			if y < 1950 {
				y += 100
			}
		}
		m, dd = a, b // US order until the document says otherwise
		switch {
		case a > 12 && b <= 12:
			m, dd, order = b, a, slashDMY
		case b > 12:
			order = slashMDY
		case a != b:
			order = slashEither
		}
	} else if g := reDotted.FindStringSubmatch(rest); g != nil {
		dd, m, y, n = atoi(g[1]), atoi(g[2]), atoi(g[3]), len(g[0])
	} else if g := reCompact.FindStringSubmatch(d.TokenText(i)); g != nil {
		y, m, dd, n = atoi(g[1]+g[2]), atoi(g[3]), atoi(g[4]), len(g[0])
	} else {
		return mention{}, i, false
	}
	if dayOf(y, m, dd) == 0 {
		return mention{}, i, false
	}
	j := tokenAt(d, i, end, int(t.Span.Start)+n)
	return mention{kind: kAbs, y: y, m: m, dd: dd, yearGiven: true, slash: order}, j, true
}

// Orders of a slashed date: 12/4/2016 may be 4 December or 12 April.
const (
	slashNone   uint8 = iota
	slashEither       // both readings valid; read month first until decided
	slashMDY          // 12/24/2016
	slashDMY          // 24/12/2016
)

// orderSlashes settles the order of ambiguous slashed dates from the
// unambiguous ones in the same document ("24/12/2016" makes "4/12/2016" 4
// December), else from the publication date when one reading lies after it
// and the other does not (see resolve).
func orderSlashes(ms []mention) {
	var mdy, dmy int
	for _, m := range ms {
		switch m.slash {
		case slashMDY:
			mdy++
		case slashDMY:
			dmy++
		}
	}
	if dmy <= mdy {
		return
	}
	for k := range ms {
		if ms[k].slash == slashEither {
			ms[k].m, ms[k].dd, ms[k].slash = ms[k].dd, ms[k].m, slashDMY
		}
	}
}

// tokenAt returns the index of the first token at or after byte offset off.
func tokenAt(d *doc.Doc, i, end, off int) int {
	for i < end && int(d.Tokens[i].Span.Start) < off {
		i++
	}
	return i
}

func atoi(s string) int { n, _ := strconv.Atoi(s); return n }

// skipDot skips the full stop of an abbreviated name at j-1 ("Dec.",
// "Mon."); after a full name the stop ends the sentence and is not taken.
func (s *Stage) skipDot(d *doc.Doc, j, end int) int {
	if !abbreviated(s.norm(d, j-1)) {
		return j
	}
	if j < end && s.norm(d, j) == "." && !d.Tokens[j].SpaceBefore {
		return j + 1
	}
	return j
}

// prefixMod reads "early", "mid-", "late", "the end of", "the beginning of",
// "the middle of", "about", "around" before a date; it returns the part or
// mod and the index after it.
func (s *Stage) prefixMod(d *doc.Doc, i, end int) (part, mod string, j int) {
	j = i
	if s.norm(d, j) == "the" && j+2 < end && s.norm(d, j+2) == "of" {
		if p, ok := s.v.part[s.norm(d, j+1)]; ok {
			return p, "", j + 3
		}
	}
	// "the first week of August", "the last week of May", "the second
	// half of June", "the week of March 3" (the seven days from it).
	if s.norm(d, j) == "the" && j+3 < end {
		k := j + 1
		if s.norm(d, k) == "week" && s.norm(d, k+1) == "of" {
			return "WEEKOF", "", k + 2
		}
		ord, isOrd := s.v.ordinal[s.norm(d, k)]
		last := s.norm(d, k) == "last"
		if s.norm(d, k+2) == "of" {
			switch s.norm(d, k+1) {
			case "week":
				if last {
					return "WL", "", k + 3
				}
				if isOrd && ord >= 1 && ord <= 4 {
					return "W" + strconv.Itoa(ord), "", k + 3
				}
			case "half":
				if last || isOrd && ord == 2 {
					return "H2", "", k + 3
				}
				if isOrd && ord == 1 {
					return "H1", "", k + 3
				}
			}
		}
	}
	n := s.norm(d, j)
	switch n {
	case "early", "mid", "late", "middle":
		p := s.v.part[n]
		j++
		if s.norm(d, j) == "-" {
			j++
		}
		return p, "", j
	case "about", "around", "approximately", "roughly":
		return "", "APPROX", j + 1
	}
	return "", "", i
}

// monthDate: Dec. 4, December 4th, 4 December 2016, Dec 4, 2016, Sep. 2015,
// early Feb. 2016, late July, mid-October, the end of March.
func (s *Stage) monthDate(d *doc.Doc, i, end int) (mention, int, bool) {
	part, mod, j := s.prefixMod(d, i, end)
	m := mention{kind: kAbs, part: part, mod: mod}
	// "4 December", "the 4th of December"
	if dd, k, ok := s.dayNumber(d, j, end); ok {
		k2 := k
		if s.norm(d, k2) == "of" {
			k2++
		}
		if mo, ok := s.v.month[s.norm(d, k2)]; ok && s.monthWord(d, k2) {
			m.m, m.dd = mo, dd
			k2 = s.skipDot(d, k2+1, end)
			if y, k3, ok := s.yearSaid(d, k2, end); ok {
				m.y, m.yearGiven, k2 = y, true, k3
			}
			return m, k2, dayOf(max(m.y, 2000), m.m, m.dd) != 0
		}
	}
	// "last February", "this September", "next May"
	if rel, ok := relWord(s.norm(d, j)); ok && m.part == "" && m.mod == "" {
		if mo, ok := s.v.month[s.norm(d, j+1)]; ok && d.Tokens[j+1].Upper && !abbreviated(s.norm(d, j+1)) {
			// "last April" is the latest April before the reference
			// month: the year is settled when resolving.
			m.m, m.relYear, m.hasRelYear, m.lastMonth = mo, rel, rel != -1, rel == -1
			return m, j + 2, true
		}
	}
	mo, ok := s.v.month[s.norm(d, j)]
	if !ok || !s.monthWord(d, j) {
		return mention{}, i, false
	}
	m.m = mo
	k := s.skipDot(d, j+1, end)
	if dd, k2, ok := s.dayNumber(d, k, end); ok && dayOf(2000, mo, dd) != 0 {
		m.dd, k = dd, k2
	}
	if s.norm(d, k) == "," && m.dd != 0 {
		if y, k2, ok := s.yearSaid(d, k+1, end); ok {
			m.y, m.yearGiven, k = y, true, k2
			return m, k, true
		}
	}
	if s.norm(d, k) == "of" {
		if y, k2, ok := s.yearSaid(d, k+1, end); ok {
			m.y, m.yearGiven = y, true
			return m, k2, true
		}
	}
	if y, k2, ok := s.yearSaid(d, k, end); ok {
		m.y, m.yearGiven, k = y, true, k2
	} else if rel, ok := relWord(s.norm(d, k)); ok && s.norm(d, k+1) == "year" {
		// "June last year", "January this year"
		m.relYear, m.hasRelYear, k = rel, true, k+2
	}
	return m, k, true
}

// relWord reads "last", "this", "next" as a year offset.
func relWord(w string) (int, bool) {
	switch w {
	case "last":
		return -1, true
	case "this":
		return 0, true
	case "next":
		return 1, true
	}
	return 0, false
}

// monthWord rejects month names that are ordinary words here: "may" and
// "march" in lower case, "Sun"/"Sat" are weekdays, not months.
func (s *Stage) monthWord(d *doc.Doc, j int) bool {
	n := s.norm(d, j)
	if !d.Tokens[j].Upper {
		return false
	}
	// An abbreviated month stands only with its full stop or a number
	// after it: "Jan Egeland" is a man, "Jan. 5" a date.
	if abbreviated(n) {
		if nx := j + 1; nx >= len(d.Tokens) || !(s.norm(d, nx) == "." && !d.Tokens[nx].SpaceBefore || d.Tokens[nx].Kind == doc.Number) {
			return false
		}
	}
	// Capitalized "May" or "March" starting a sentence is still ambiguous;
	// accept it when a day or year follows, or a date cue precedes.
	if n == "may" || n == "march" {
		nx := s.norm(d, j+1)
		if nx == "" || !(d.Tokens[j+1].Kind == doc.Number || nx == ",") {
			// A day before it, as day-first dates write it: "on 12 May".
			if j > 0 && d.Tokens[j-1].Kind == doc.Number {
				if n := atoi(d.TokenText(j - 1)); n >= 1 && n <= 31 {
					return true
				}
			}
			return s.prevIsDateCue(d, j)
		}
	}
	return true
}

// yearFollows reports whether "the year", "fiscal" or a year starts at k:
// "three quarters of the year" is time, "of the town" is not.
func (s *Stage) yearFollows(d *doc.Doc, k int) bool {
	switch s.norm(d, k) {
	case "the", "this", "last", "next", "that":
		k++
	}
	switch s.norm(d, k) {
	case "year", "fiscal", "calendar":
		return true
	}
	_, _, ok := s.yearAfter(d, k, len(d.Tokens))
	return ok
}

// dateFollows reports whether a day or month follows token k, after an
// optional full stop and comma.
func (s *Stage) dateFollows(d *doc.Doc, k int) bool {
	if s.norm(d, k) == "." {
		k++
	}
	if s.norm(d, k) == "," {
		k++
	}
	if k >= len(d.Tokens) {
		return false
	}
	_, month := s.v.month[s.norm(d, k)]
	return d.Tokens[k].Kind == doc.Number || month && d.Tokens[k].Upper
}

// abbreviated reports whether a folded month or weekday name is a short
// form ("dec", "sept", "mon"); "may", "june" and "july" are full names.
func abbreviated(n string) bool {
	return len(n) <= 4 && n != "may" && n != "june" && n != "july"
}

func (s *Stage) prevIsDateCue(d *doc.Doc, j int) bool {
	switch s.norm(d, j-1) {
	case "in", "since", "until", "till", "by", "of", "early", "late", "mid", "-", "last", "next", "this", "during", "from", "to", "through", "before", "after":
		return true
	}
	return false
}

// dayNumber reads a day of the month: "4", "4th", "fourth" is not read.
func (s *Stage) dayNumber(d *doc.Doc, j, end int) (int, int, bool) {
	if j >= end || d.Tokens[j].Kind != doc.Number {
		return 0, j, false
	}
	t := d.TokenText(j)
	if len(t) > 2 {
		return 0, j, false
	}
	n := atoi(t)
	if n < 1 || n > 31 {
		return 0, j, false
	}
	k := j + 1
	if k < end && !d.Tokens[k].SpaceBefore {
		switch s.norm(d, k) {
		case "st", "nd", "rd", "th":
			k++
		}
	}
	return n, k, true
}

// yearAfter reads a four-digit year at j.
func (s *Stage) yearAfter(d *doc.Doc, j, end int) (int, int, bool) {
	if j >= end || d.Tokens[j].Kind != doc.Number {
		return 0, j, false
	}
	t := d.TokenText(j)
	if len(t) != 4 {
		return 0, j, false
	}
	y := atoi(t)
	if y < 1000 || y > 2100 {
		return 0, j, false
	}
	return y, j + 1, true
}

// yearSaid reads a year where one is expected (after a month or a season):
// digits, or the words of a transcript, "nineteen ninety-six", "two
// thousand".
func (s *Stage) yearSaid(d *doc.Doc, j, end int) (int, int, bool) {
	if y, k, ok := s.yearAfter(d, j, end); ok {
		return y, k, true
	}
	if j >= end || d.Tokens[j].Kind == doc.Number {
		return 0, j, false
	}
	a, k, ok := numbers.Read(d, j)
	if !ok || k > end {
		return 0, j, false
	}
	if a >= 2000 && a < 2100 && a == float64(int(a)) {
		return int(a), k, true // "two thousand", "two thousand and one"
	}
	return s.yearPair(d, j, end)
}

// yearPair reads a year said as two numbers, "nineteen ninety-six":
// unlike "two thousand", which may count anything, it is a year wherever
// it stands.
func (s *Stage) yearPair(d *doc.Doc, j, end int) (int, int, bool) {
	if j >= end || d.Tokens[j].Kind == doc.Number {
		return 0, j, false
	}
	a, k, ok := numbers.Read(d, j)
	if !ok || k > end || a < 10 || a > 20 || a != float64(int(a)) || k >= end || d.Tokens[k].Kind == doc.Number {
		return 0, j, false
	}
	b, k2, ok := numbers.Read(d, k)
	if !ok || k2 > end || b < 10 || b > 99 || b != float64(int(b)) {
		return 0, j, false
	}
	return int(a)*100 + int(b), k2, true
}

// yearExpr: "2016", "in 2015", "the 1990s", "the summer of 2015", "fiscal 1998".
func (s *Stage) yearExpr(d *doc.Doc, i, end int) (mention, int, bool) {
	part, mod, j := s.prefixMod(d, i, end)
	m := mention{kind: kAbs, part: part, mod: mod}
	if s.norm(d, j) == "the" {
		if se, ok := s.v.season[s.norm(d, j+1)]; ok && s.norm(d, j+2) == "of" {
			if y, k, ok := s.yearSaid(d, j+3, end); ok {
				m.season, m.y, m.yearGiven = se, y, true
				return m, k, true
			}
		}
		if y, k, ok := s.yearAfter(d, j+1, end); ok && s.norm(d, k) == "s" && !d.Tokens[k].SpaceBefore && y%10 == 0 {
			m.y, m.yearGiven, m.decade = y, true, true
			return m, k + 1, true
		}
	}
	if se, ok := s.v.season[s.norm(d, j)]; ok {
		k := j + 1
		if s.norm(d, k) == "of" {
			k++
		}
		if y, k2, ok := s.yearSaid(d, k, end); ok {
			m.season, m.y, m.yearGiven = se, y, true
			return m, k2, true
		}
	}
	if s.norm(d, j) == "the" && s.norm(d, j+1) == "year" {
		if y, k, ok := s.yearSaid(d, j+2, end); ok {
			m.y, m.yearGiven = y, true
			return m, k, true
		}
	}
	if s.norm(d, j) == "fiscal" {
		j++
	}
	y, k, ok := s.yearAfter(d, j, end)
	if !ok {
		y, k, ok = s.yearPair(d, j, end)
	}
	if !ok || y < 1800 && j == i {
		// A bare number before 1800 is rarely a year in news: "1500 people".
		return mention{}, i, false
	}
	if s.norm(d, k) == "s" && !d.Tokens[k].SpaceBefore && y%10 == 0 {
		m.y, m.yearGiven, m.decade = y, true, true
		return m, k + 1, true
	}
	// Not a year: "2016 people", "$2016", "Resolution 2254" — unless a
	// preposition says it is one ("the war in 2011 killed …").
	switch s.norm(d, k) {
	case "people", "civilians", "percent", "%", "km", "kilometres", "kilometers", "troops", "soldiers", "fighters", "dead", "killed":
		switch s.norm(d, j-1) {
		case "in", "since", "until", "by", "during", "of", "from", "before", "after":
		default:
			return mention{}, i, false
		}
	}
	switch s.norm(d, i-1) {
	case "$", "resolution", "no", "route", "number", "flight", "#":
		return mention{}, i, false
	}
	if k < len(d.Tokens) && (s.norm(d, k) == "," && k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == doc.Number && !d.Tokens[k+1].SpaceBefore) {
		return mention{}, i, false
	}
	m.y, m.yearGiven = y, true
	return m, k, true
}

// weekdayExpr: Monday, on Monday, last Friday, next Tuesday, Monday night.
func (s *Stage) weekdayExpr(d *doc.Doc, i, end int) (mention, int, bool) {
	j := i
	off := 0
	switch s.norm(d, j) {
	case "last", "past", "previous":
		off, j = -1, j+1
	case "next", "coming":
		off, j = 1, j+1
	case "this":
		j++
	}
	wd, ok := s.v.weekday[s.norm(d, j)]
	if !ok || !d.Tokens[j].Upper {
		return mention{}, i, false
	}
	if len(s.norm(d, j)) <= 4 && !s.dateFollows(d, j+1) {
		// "Sun", "Sat", "Wed" are too ambiguous outside dates: "Sun,
		// which makes workstations". "Wed., Dec. 14", "Sat 3 Dec" stand.
		return mention{}, i, false
	}
	m := mention{kind: kWeekday, weekday: wd, offset: off}
	k := s.skipDot(d, j+1, end)
	// "Monday, Oct. 26", "Friday Oct. 13": the date says which Monday.
	if off == 0 {
		k2 := k
		if s.norm(d, k2) == "," {
			k2++
		}
		if dm, k3, ok := s.monthDate(d, k2, end); ok && dm.dd != 0 && dm.part == "" && dm.mod == "" {
			return dm, k3, true
		}
	}
	if dp, ok := s.v.daypart[s.norm(d, k)]; ok {
		m.daypart, m.typ, k = dp, "TIME", k+1
	}
	return m, k, true
}

// relative: today, yesterday, tomorrow, tonight, now, overnight, recently,
// last week, this month, next year, earlier this month, two days ago,
// the past, the future, this summer, the third quarter.
func (s *Stage) relative(d *doc.Doc, i, end int) (mention, int, bool) {
	// "the end of the year", "early next year", "late this month".
	if part, _, j := s.prefixMod(d, i, end); part != "" && j > i {
		if s.norm(d, j) == "the" {
			if u, ok := s.v.unit[s.norm(d, j+1)]; ok && (u == "Y" || u == "M") && !strings.HasSuffix(s.norm(d, j+1), "s") {
				return mention{kind: kRelUnit, unit: u, part: part}, j + 2, true
			}
		}
		if m, k, ok := s.relative(d, j, end); ok && m.kind == kRelUnit && (m.unit == "Y" || m.unit == "M") && m.part == "" {
			m.part = part
			return m, k, true
		}
	}
	n := s.norm(d, i)
	if m, k, ok := s.daypartRel(d, i); ok {
		return m, k, true
	}
	switch n {
	case "today":
		return mention{kind: kRelDay}, i + 1, true
	case "yesterday":
		return mention{kind: kRelDay, offset: -1}, i + 1, true
	case "tomorrow":
		return mention{kind: kRelDay, offset: 1}, i + 1, true
	case "tonight":
		return mention{kind: kRelDay, daypart: "NI", typ: "TIME"}, i + 1, true
	case "overnight":
		return mention{kind: kRelDay, daypart: "NI", typ: "TIME", bareNight: true}, i + 1, true
	case "now", "currently", "nowadays":
		return mention{kind: kRef, value: "PRESENT_REF"}, i + 1, true

	case "recently", "lately":
		return mention{kind: kRef, value: "PAST_REF"}, i + 1, true
	case "year":
		// "year-earlier", "year-ago" as adjectives: "year-earlier levels".
		if s.norm(d, i+1) == "-" && (s.norm(d, i+2) == "earlier" || s.norm(d, i+2) == "ago") {
			k := i + 3
			if w := s.norm(d, k); w == "quarter" || w == "period" {
				k++
			}
			return mention{kind: kQuarterRef, yearBack: true}, k, true
		}
	case "earlier", "later":
		if s.norm(d, i+1) == "this" {
			if u, ok := s.v.unit[s.norm(d, i+2)]; ok && (u == "W" || u == "M" || u == "Y") {
				// The part of the week before the day it is said, or after.
				return mention{kind: kRelUnit, unit: u, earlier: n == "earlier", later: n == "later"}, i + 3, true
			}
		}
		// "earlier in the week", "later in the month": the same.
		if s.norm(d, i+1) == "in" && s.norm(d, i+2) == "the" {
			if u, ok := s.v.unit[s.norm(d, i+3)]; ok && (u == "W" || u == "M" || u == "Y") {
				return mention{kind: kRelUnit, unit: u, earlier: n == "earlier", later: n == "later"}, i + 4, true
			}
		}
	case "that":
		// "that year", "that day": the date in focus.
		if u, ok := s.v.unit[s.norm(d, i+1)]; ok && (u == "D" || u == "M" || u == "Y") {
			return mention{kind: kAnaphor, unit: u}, i + 2, true
		}
	case "coming":
		// "the coming weeks", "coming months"
		if u, ok := s.v.unit[s.norm(d, i+1)]; ok && strings.HasSuffix(s.norm(d, i+1), "s") && len(u) == 1 {
			return mention{kind: kDuration, typ: "DURATION", unit: u, vague: true}, i + 2, true
		}
	case "recent":
		// "recent weeks": an unstated number of weeks up to now.
		if u, ok := s.v.unit[s.norm(d, i+1)]; ok && strings.HasSuffix(s.norm(d, i+1), "s") && len(u) == 1 {
			return mention{kind: kDuration, typ: "DURATION", unit: u, vague: true}, i + 2, true
		}
	case "the":
		if m, k, ok := s.quarterRef(d, i+1); ok {
			return m, k, true
		}
		switch s.norm(d, i+1) {
		case "weekend":
			return mention{kind: kRelUnit, unit: "WE", weekend: true}, i + 2, true
		case "past":
			if _, ok := s.v.unit[s.norm(d, i+2)]; !ok {
				if _, _, ok := numbers.Read(d, i+2); !ok {
					return mention{kind: kRef, value: "PAST_REF"}, i + 2, true
				}
			}
		case "future":
			return mention{kind: kRef, value: "FUTURE_REF"}, i + 2, true
		case "near", "short":
			// "the near future", "the near term", "the short term"
			if w := s.norm(d, i+2); w == "future" || w == "term" {
				return mention{kind: kRef, value: "FUTURE_REF"}, i + 3, true
			}
		case "following", "next":
			// "the following year", "the next day": after the date in focus.
			if u, ok := s.v.unit[s.norm(d, i+2)]; ok && (u == "D" || u == "M" || u == "Y") {
				return mention{kind: kAnaphor, unit: u, offset: 1}, i + 3, true
			}
		}
		// "the 1988 third quarter", "the 1989 period"
		if y, k, ok := s.yearAfter(d, i+1, end); ok {
			q, k2 := 0, k
			if o, ok := s.v.ordinal[s.norm(d, k)]; ok && o <= 4 {
				q, k2 = o, k+1
			}
			if w := s.norm(d, k2); w == "quarter" || w == "period" && q == 0 {
				return mention{kind: kQuarterRef, y: y, quarter: q, yearGiven: true}, k2 + 1, true
			}
		}
		// "the third quarter", "the third quarter of 1990"
		if m, k, ok := s.quarterAt(d, i+1, end); ok {
			return m, k, true
		}
	}
	// "third-quarter", "third quarter"
	if m, k, ok := s.quarterAt(d, i, end); ok {
		return m, k, true
	}
	// "this year's third quarter", "next year's first quarter"
	if rel, ok := relWord(n); ok && s.norm(d, i+1) == "year" {
		k := i + 2
		switch s.norm(d, k) {
		case "'s", "’s":
			k++
		case "'", "’":
			if s.norm(d, k+1) == "s" {
				k += 2
			}
		}
		if k > i+2 {
			if m, k2, ok := s.quarterAt(d, k, end); ok && !m.yearGiven {
				m.relYear, m.hasRelYear = rel, true
				return m, k2, true
			}
		}
	}
	// last/this/next + unit or season
	off, ok := 0, true
	switch n {
	case "last", "previous", "preceding":
		off = -1
	case "next", "coming":
		off = 1
	case "this", "current":
	default:
		ok = false
	}
	// A title in quotes: ABC News' "This Week".
	if ok && i > 0 && i+1 < len(d.Tokens) && d.Tokens[i].Upper && d.Tokens[i+1].Upper {
		switch s.norm(d, i-1) {
		case `"`, "“", "``", "‘", "'":
			ok = false
		}
	}
	if ok {
		nx, k := s.norm(d, i+1), i+2
		if nx == "fiscal" {
			nx, k = s.norm(d, i+2), i+3
		}
		if u, ok := s.v.unit[nx]; ok && u == "Y" {
			return mention{kind: kRelUnit, unit: u, offset: off}, k, true
		}
		// "the previous week", "the preceding month": before the date
		// in focus, not before the day of writing ("As reported on 20
		// November, … in the previous week").
		if u, ok := s.previousUnit(d, i); ok {
			return mention{kind: kAnaphor, unit: u, offset: -1}, i + 2, true
		}
		if u, ok := s.v.unit[nx]; ok && (u == "W" || u == "M" || u == "Y" || u == "Q" || u == "WE" || u == "D") && !strings.HasSuffix(nx, "s") {
			if u == "D" {
				return mention{kind: kRelDay, offset: off}, i + 2, true
			}
			return mention{kind: kRelUnit, unit: u, offset: off}, i + 2, true
		}
		if se, ok := s.v.season[nx]; ok {
			return mention{kind: kRelUnit, unit: "SEASON", season: se, offset: off}, i + 2, true
		}
	}
	// N units ago, a year earlier, two weeks before
	if v, k, ok := s.count(d, i, end); ok {
		if u, ok := s.v.unit[s.norm(d, k)]; ok {
			switch s.norm(d, k+1) {
			case "ago", "earlier", "before":
				// (Days "earlier" count back from the day the story is
				// at, "ago" from the day of writing; "before" an event,
				// from a day unknown.)
				return mention{kind: kAgo, unit: u, offset: -int(v), yearBack: u == "Y" && v == 1, earlier: s.norm(d, k+1) == "earlier"}, k + 2, true
			case "later":
				return mention{kind: kAgo, unit: u, offset: int(v), later: true}, k + 2, true
			}
		}
	}
	return mention{}, i, false
}

// quarterRef reads, after "the", a reference to the quarter an article
// reports on: "quarter", "latest quarter", "most recent quarter", "latest
// period", and the same a year back: "year-earlier quarter", "year-ago
// period", "comparable year-ago quarter", "quarter a year ago".
func (s *Stage) quarterRef(d *doc.Doc, j int) (mention, int, bool) {
	m := mention{kind: kQuarterRef}
	switch s.norm(d, j) {
	case "latest":
		m.latest, j = true, j+1
	case "comparable":
		j++
	case "most":
		if s.norm(d, j+1) == "recent" {
			m.latest, j = true, j+2
		}
	}
	if s.norm(d, j) == "year" && s.norm(d, j+1) == "-" && (s.norm(d, j+2) == "earlier" || s.norm(d, j+2) == "ago") {
		m.yearBack, j = true, j+3
	}
	switch s.norm(d, j) {
	case "quarter":
	case "period":
		if !m.yearBack && s.norm(d, j-1) != "latest" {
			return mention{}, j, false
		}
	default:
		return mention{}, j, false
	}
	j++
	if !m.yearBack && s.norm(d, j) == "a" && s.norm(d, j+1) == "year" && (s.norm(d, j+2) == "ago" || s.norm(d, j+2) == "earlier") {
		m.yearBack, j = true, j+3
	}
	return m, j, true
}

// clock reads a time of day at j: "9 a.m.", "10:35 a.m.", "10 p.m", "9
// a.m. EST", and, when bare is set (after a stated date), "13:06:18". It
// returns the hour and minute and the index after the time.
func (s *Stage) clock(d *doc.Doc, j, end int, bare bool) (h, mi, k int, ok bool) {
	if j >= end || d.Tokens[j].Kind != doc.Number || len(d.TokenText(j)) > 2 {
		return 0, 0, j, false
	}
	h, k = atoi(d.TokenText(j)), j+1
	colon := false
	if k+1 < end && s.norm(d, k) == ":" && !d.Tokens[k].SpaceBefore && d.Tokens[k+1].Kind == doc.Number && len(d.TokenText(k+1)) == 2 {
		mi, k, colon = atoi(d.TokenText(k+1)), k+2, true
		if k+1 < end && s.norm(d, k) == ":" && !d.Tokens[k].SpaceBefore && len(d.TokenText(k+1)) == 2 {
			k += 2 // seconds
		}
	}
	switch w := s.norm(d, k); {
	case w == "a.m." || w == "am" || w == "a.m":
		k++
		if h == 12 {
			h = 0
		}
	case w == "p.m." || w == "pm" || w == "p.m":
		k++
		if h < 12 {
			h += 12
		}
	case (w == "a" || w == "p") && s.norm(d, k+1) == "." && s.norm(d, k+2) == "m":
		if w == "p" && h < 12 {
			h += 12
		}
		k += 3
		if s.norm(d, k) == "." && !d.Tokens[k].SpaceBefore {
			k++
		}
	default:
		if !colon || !bare {
			return 0, 0, j, false
		}
	}
	if h > 23 || mi > 59 {
		return 0, 0, j, false
	}
	if s.v.zone[s.norm(d, k)] {
		k++
	}
	return h, mi, k, true
}

// clockExpr: a time of day, alone ("at 10 p.m.", the day of the reference
// date) or before its day ("9 a.m. EST Tuesday").
func (s *Stage) clockExpr(d *doc.Doc, i, end int) (mention, int, bool) {
	h, mi, k, ok := s.clock(d, i, end, false)
	if !ok {
		switch s.norm(d, i) {
		case "noon", "midday":
			h, mi, k = 12, 0, i+1
		case "midnight":
			h, mi, k = 24, 0, i+1
		default:
			return mention{}, i, false
		}
	}
	switch s.norm(d, k) {
	case "on":
		k++
	case ",":
		// "5 p.m. EST, Nov. 6": the day after a comma, when one follows.
		if _, _, ok := s.weekdayExpr(d, k+1, end); ok {
			k++
		} else if dm, _, ok := s.monthDate(d, k+1, end); ok && dm.dd != 0 {
			k++
		}
	}
	var m mention
	var k2 int
	if m, k2, ok = s.weekdayExpr(d, k, end); !ok {
		if m, k2, ok = s.monthDate(d, k, end); !ok || m.dd == 0 {
			m, k2 = mention{kind: kRelDay, bareClock: true}, k
		}
	}
	if m.daypart != "" {
		return mention{}, i, false
	}
	m.clock, m.hour, m.minute, m.typ = true, h, mi, "TIME"
	return m, k2, true
}

// futureCue reports whether the clause before the expression at tokens
// [i, end) (from the unit's first token ti) looks ahead: a future or scheduling word ("will",
// "scheduled", "due") among the few tokens before the expression, with no
// reporting verb or past form between them ("said on Monday it will" looks
// back from "said").
func (s *Stage) futureCue(d *doc.Doc, ti, i, end int) bool {
	after := s.cueAfter(d, i)
	if after != "" {
		return after == "future"
	}
	// "around Wednesday's ruling": a day's deed, named by its possessive,
	// is already done unless a future verb follows it.
	if w := s.norm(d, i+1); w == "'s" || w == "’s" {
		return false
	}
	// "condemnation of an August 21 chemical attack": a deed named by its
	// day is already done, whatever verb governs the phrase.
	for k := end; k < len(d.Tokens) && k < end+3; k++ {
		if s.v.deed[s.norm(d, k)] {
			return false
		}
		if d.Tokens[k].Kind != doc.Word {
			break
		}
	}
	for k := i - 1; k >= ti && k >= i-15; k-- {
		w := s.norm(d, k)
		if s.v.tense[w] == "past" {
			return false
		}
		if s.v.tense[w] == "future" && !(w == "next" && s.norm(d, k+1) == "to") && !s.nounUse(d, k) {
			return !s.pastPlan(d, ti, k)
		}
		// "set to resume Monday", "is to meet Tuesday"
		if w == "to" && k > ti {
			switch s.norm(d, k-1) {
			case "set", "is", "are", "going", "due", "planning", "planned", "plans", "preparing", "scheduled", "expected", "intending", "hoping":
				return !s.pastPlan(d, ti, k-1)
			}
		}
	}
	return false
}

// pastPlan reports whether the plan word at k was a plan in the past:
// "had been due to expire Friday", "previously scheduled".
func (s *Stage) pastPlan(d *doc.Doc, ti, k int) bool {
	for j := k - 1; j >= ti && j >= k-3; j-- {
		switch s.norm(d, j) {
		case "had", "previously", "originally":
			return true
		}
	}
	return false
}

// nounUse reports whether a cue word at k is a noun after a determiner:
// "announced the plan Aug. 21" looks back.
func (s *Stage) nounUse(d *doc.Doc, k int) bool {
	switch s.norm(d, k) {
	case "plan", "plans":
		switch s.norm(d, k-1) {
		case "the", "a", "its", "their", "his", "her", "our", "this", "that", "peace":
			return true
		}
	}
	return false
}

// cueAfter returns the tense of the verb right after token i, within its
// clause: "Monday's meeting will" looks ahead, "planned for Saturday was
// canceled" looks back whatever came before; "" when none is near. Only a
// plain future auxiliary counts as future there: in "said Wednesday it
// would", the would belongs to the reported clause, not to Wednesday.
func (s *Stage) cueAfter(d *doc.Doc, i int) string {
	for k := i + 1; k < len(d.Tokens) && k <= i+4; k++ {
		w := s.norm(d, k)
		switch w {
		case ".", ",", ";", "that", "it", "he", "she", "they", "we", "i", "and", "but", "while", "when", "as", "after", "before", "because", "who", "which":
			return ""
		case "will", "shall", "ll", "wo":
			return "future"
		}
		if s.v.tense[w] == "past" {
			return "past"
		}
	}
	return ""
}

// daypartRel: "this morning", "last night", "later this afternoon".
func (s *Stage) daypartRel(d *doc.Doc, i int) (mention, int, bool) {
	n := s.norm(d, i)
	k := i + 1
	switch n {
	case "later", "earlier":
		if s.norm(d, k) != "this" {
			return mention{}, i, false
		}
		k++
	case "this", "last":
	default:
		return mention{}, i, false
	}
	dp, ok := s.v.daypart[s.norm(d, k)]
	if !ok || s.norm(d, k) == "overnight" {
		return mention{}, i, false
	}
	if n == "last" {
		if dp != "NI" {
			return mention{}, i, false
		}
		return mention{kind: kRelDay, offset: -1, daypart: dp, typ: "TIME", lastNight: true}, k + 1, true
	}
	return mention{kind: kRelDay, daypart: dp, typ: "TIME"}, k + 1, true
}

// quarterAt reads "third quarter", "third-quarter", "third quarter of 1990".
func (s *Stage) quarterAt(d *doc.Doc, j, end int) (mention, int, bool) {
	q, ok := s.v.ordinal[s.norm(d, j)]
	if !ok || q > 4 {
		return mention{}, j, false
	}
	k := j + 1
	if s.norm(d, k) == "-" {
		k++
	}
	if s.norm(d, k) != "quarter" {
		return mention{}, j, false
	}
	m := mention{kind: kQuarter, quarter: q}
	k++
	if s.norm(d, k) == "of" {
		if y, k2, ok := s.yearAfter(d, k+1, end); ok {
			m.y, m.yearGiven, k = y, true, k2
		}
	}
	return m, k, true
}

// count reads a number, or "a"/"an" before a unit, or a vague "several".
func (s *Stage) count(d *doc.Doc, i, end int) (float64, int, bool) {
	switch s.norm(d, i) {
	case "a", "an", "one":
		if _, ok := s.v.unit[s.norm(d, i+1)]; ok {
			return 1, i + 1, true
		}
	}
	v, k, ok := numbers.Read(d, i)
	if !ok || k > end || v != float64(int(v)) {
		return 0, i, false
	}
	return v, k, true
}

// perfectBefore reports whether a present perfect ("has", "have") stands
// within six words before token i, in the same stretch of the sentence:
// "has been besieged for", "have been held for", not "had been" or "was".
func (s *Stage) perfectBefore(d *doc.Doc, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if d.Tokens[k].Kind == doc.Punct {
			return false
		}
		switch s.norm(d, k) {
		case "has", "have", "'ve":
			return true
		case "had", "was", "were":
			return false
		}
	}
	return false
}

// previousUnit returns the unit of "previous week", "preceding month",
// "previous day" at token i: a day, week or month before the date in
// focus.
func (s *Stage) previousUnit(d *doc.Doc, i int) (string, bool) {
	if w := s.norm(d, i); w != "previous" && w != "preceding" {
		return "", false
	}
	nx := s.norm(d, i+1)
	u, ok := s.v.unit[nx]
	return u, ok && (u == "W" || u == "M" || u == "D") && !strings.HasSuffix(nx, "s")
}

// duration: 27 days, two years, a week, several months, the last 27 days,
// the past two months, more than a year, 24 hours, five-year.
func (s *Stage) duration(d *doc.Doc, i, end int) (mention, int, bool) {
	j := i
	m := mention{kind: kDuration, typ: "DURATION"}
	// "the previous week" is the week before the date in focus (see
	// relative), not the seven days before the day of writing.
	if _, ok := s.previousUnit(d, j+1); ok && s.norm(d, j) == "the" {
		return m, i, false
	}
	if s.norm(d, j) == "the" && (s.norm(d, j+1) == "last" || s.norm(d, j+1) == "past" || s.norm(d, j+1) == "previous" || s.norm(d, j+1) == "next" || s.norm(d, j+1) == "first") {
		m.endsAtRef = s.norm(d, j+1) != "next" && s.norm(d, j+1) != "first"
		j += 2
	} else if s.norm(d, j) == "past" || s.norm(d, j) == "last" {
		m.endsAtRef = true
		j++
	}
	// "has been besieged for more than a year": the perfect with "for"
	// runs up to the time of writing.
	if !m.endsAtRef && s.norm(d, i-1) == "for" && s.perfectBefore(d, i-1) {
		m.endsAtRef = true
	}
	switch s.norm(d, j) {
	case "more", "over":
		if s.norm(d, j) == "more" && s.norm(d, j+1) == "than" {
			j++
		}
		m.mod, j = "MORE_THAN", j+1
	case "less", "under":
		if s.norm(d, j+1) == "than" {
			j++
		}
		m.mod, j = "LESS_THAN", j+1
	case "about", "around", "nearly", "almost", "some", "approximately":
		if s.norm(d, j) == "nearly" || s.norm(d, j) == "almost" {
			m.mod = "LESS_THAN"
		} else {
			m.mod = "APPROX"
		}
		j++
	case "at":
		if s.norm(d, j+1) == "least" {
			m.mod, j = "EQUAL_OR_MORE", j+2
		}
	}
	var k int
	switch s.norm(d, j) {
	case "several", "few", "many", "some", "a few":
		m.vague, k = true, j+1
	default:
		v, k2, ok := s.count(d, j, end)
		if !ok {
			// "the past week", "the last year": one unit
			if m.endsAtRef && j > i {
				if u, ok := s.v.unit[s.norm(d, j)]; ok && !strings.HasSuffix(s.norm(d, j), "s") {
					m.n, m.unit = 1, u
					return m, j + 1, true
				}
			}
			return mention{}, i, false
		}
		m.n, k = v, k2
		// "5 1/2 hours"
		if k+2 < end && s.norm(d, k) == "1" && s.norm(d, k+1) == "/" && s.norm(d, k+2) == "2" {
			m.n, k = m.n+0.5, k+3
		}
	}
	hyphen := s.norm(d, k) == "-"
	if hyphen {
		k++ // "five-year"
	}
	u, ok := s.v.unit[s.norm(d, k)]
	if !ok || u == "WE" {
		return mention{}, i, false
	}
	// A fraction, not a time: "three-quarters of the town".
	if u == "Q" && !m.vague && m.n < 4 && (hyphen && strings.HasSuffix(s.norm(d, k), "s") || s.norm(d, k+1) == "of" && !s.yearFollows(d, k+2)) {
		return mention{}, i, false
	}
	if s.norm(d, k+1) == "-" && s.norm(d, k+2) == "old" {
		return mention{}, i, false // an age: "seven-year-old"
	}
	if s.norm(d, k+1) == "ago" {
		return mention{}, i, false
	}
	if s.norm(d, k+1) == "old" {
		return mention{}, i, false
	}
	if s.norm(d, k+1) == "-" && (s.norm(d, k+2) == "earlier" || s.norm(d, k+2) == "ago") {
		return mention{}, i, false // "a year-earlier quarter"
	}
	if j == i && (s.norm(d, i) == "a" || s.norm(d, i) == "an") && s.perUnit(d, i-1) {
		return mention{}, i, false // a rate: "$2 million a year", "four flights a week"
	}
	if u == "S" && s.norm(d, j) != "" && d.Tokens[j].Kind != doc.Number && k+1 < len(d.Tokens) && d.Tokens[k+1].Kind == doc.Word {
		return mention{}, i, false // "a second betrayal"
	}
	m.unit = u
	k++
	// "a minute and a half", "two and a half years" is read by numbers.
	if !m.vague && s.norm(d, k) == "and" && s.norm(d, k+1) == "a" && s.norm(d, k+2) == "half" {
		m.n, k = m.n+0.5, k+3
	}
	return m, k, true
}

// perUnit reports whether the word at j makes "a year" after it a rate:
// a number, a scale word or a counted noun ("24 hours a day").
func (s *Stage) perUnit(d *doc.Doc, j int) bool {
	if j < 0 {
		return false
	}
	if d.Tokens[j].Kind == doc.Number {
		return true
	}
	switch w := s.norm(d, j); w {
	case "million", "billion", "thousand", "hundred", "times", "once", "twice":
		return true
	case "hours", "days", "flights", "dollars", "cents", "barrels", "tons", "people", "visits", "trips", "meals":
		return true
	}
	return false
}

// setExpr: daily, weekly, every day, each year, every Monday.
func (s *Stage) setExpr(d *doc.Doc, i, end int) (mention, int, bool) {
	switch s.norm(d, i) {
	case "daily", "weekly", "monthly":
		// A newspaper, not a frequency: "the Communist Party daily
		// Granma", "the Daily Star".
		if d.Tokens[i].Upper && i > 0 && s.norm(d, i-1) != "." || i+1 < end && d.Tokens[i+1].Upper {
			return mention{}, i, false
		}
	}
	switch s.norm(d, i) {
	case "daily":
		return mention{kind: kSet, typ: "SET", value: "P1D"}, i + 1, true
	case "weekly":
		return mention{kind: kSet, typ: "SET", value: "P1W"}, i + 1, true
	case "monthly":
		return mention{kind: kSet, typ: "SET", value: "P1M"}, i + 1, true
	case "annually", "yearly":
		return mention{kind: kSet, typ: "SET", value: "P1Y"}, i + 1, true
	case "every", "each":
		nx := s.norm(d, i+1)
		if u, ok := s.v.unit[nx]; ok && len(u) == 1 {
			return mention{kind: kSet, typ: "SET", value: "P1" + unitCode(u)}, i + 2, true
		}
		if wd, ok := s.v.weekday[nx]; ok {
			return mention{kind: kSet, typ: "SET", value: "XXXX-WXX-" + strconv.Itoa(wd)}, i + 2, true
		}
		// "each July": every year's July.
		if mo, ok := s.v.month[nx]; ok && s.monthWord(d, i+1) {
			return mention{kind: kSet, typ: "SET", value: fmt.Sprintf("XXXX-%02d", mo)}, i + 2, true
		}
	}
	return mention{}, i, false
}

// unitCode maps a unit to its TimeML duration letter (minutes are M after T).
func unitCode(u string) string {
	switch u {
	case "N":
		return "M"
	case "2W":
		return "W"
	}
	return u
}
