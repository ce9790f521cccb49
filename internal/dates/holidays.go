package dates

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// holiday is a named day ("Christmas", "Eid al-Adha", "Thanksgiving")
// and the rule that puts it in a given year.
type holiday struct {
	words []string // folded, without "'s" and hyphens
	rule  holidayRule
}

type holidayRule struct {
	kind    uint8 // hFixed, hNth, hEaster, hHijri
	m, d    int   // month and day (hFixed, hHijri); month (hNth)
	weekday int   // hNth: ISO weekday
	n       int   // hNth: which one (-1 the last); hEaster: days from Easter
}

const (
	hFixed uint8 = iota + 1
	hNth
	hEaster
	hHijri
)

// parseHoliday reads a holiday line's name and rule.
func parseHoliday(name, rule string) (holiday, error) {
	name = strings.ReplaceAll(strings.ReplaceAll(name, "'s", ""), "-", " ")
	h := holiday{words: strings.Fields(name)}
	bad := fmt.Errorf("holiday %q: bad rule %q", name, rule)
	nums := func(s, sep string, want int) ([]int, bool) {
		f := strings.Split(s, sep)
		if len(f) != want {
			return nil, false
		}
		out := make([]int, len(f))
		for i, x := range f {
			n, err := strconv.Atoi(x)
			if err != nil {
				return nil, false
			}
			out[i] = n
		}
		return out, true
	}
	switch {
	case strings.HasPrefix(rule, "easter"):
		n, err := strconv.Atoi(strings.TrimPrefix(rule[len("easter"):], "+"))
		if err != nil {
			return h, bad
		}
		h.rule = holidayRule{kind: hEaster, n: n}
	case strings.HasPrefix(rule, "hijri:"):
		v, ok := nums(rule[len("hijri:"):], "-", 2)
		if !ok || v[0] < 1 || v[0] > 12 || v[1] < 1 || v[1] > 30 {
			return h, bad
		}
		h.rule = holidayRule{kind: hHijri, m: v[0], d: v[1]}
	case strings.Contains(rule, "/"):
		v, ok := nums(rule, "/", 3)
		if !ok || v[0] < 1 || v[0] > 12 || v[1] < 1 || v[1] > 7 || v[2] == 0 || v[2] < -1 || v[2] > 5 {
			return h, bad
		}
		h.rule = holidayRule{kind: hNth, m: v[0], weekday: v[1], n: v[2]}
	default:
		v, ok := nums(rule, "-", 2)
		if !ok || dayOf(2000, v[0], v[1]) == 0 {
			return h, bad
		}
		h.rule = holidayRule{kind: hFixed, m: v[0], d: v[1]}
	}
	if len(h.words) == 0 {
		return h, fmt.Errorf("holiday: empty name")
	}
	return h, nil
}

// in returns the days the holiday falls on in Gregorian year y: one, or
// for a day of the lunar Islamic year none or two.
func (r holidayRule) in(y int) []doc.Day {
	switch r.kind {
	case hFixed:
		return []doc.Day{dayOf(y, r.m, r.d)}
	case hNth:
		if r.n < 0 {
			last := dayOf(y, r.m, daysIn(y, r.m))
			return []doc.Day{last - doc.Day((isoWeekday(last)-r.weekday+7)%7)}
		}
		first := dayOf(y, r.m, 1)
		day := first + doc.Day((r.weekday-isoWeekday(first)+7)%7) + doc.Day(7*(r.n-1))
		if _, m, _ := ymd(day); m != r.m {
			return nil
		}
		return []doc.Day{day}
	case hEaster:
		return []doc.Day{easter(y) + doc.Day(r.n)}
	case hHijri:
		var out []doc.Day
		// The Islamic year is 11 days shorter: a Gregorian year meets
		// parts of two or three of them.
		h := (y-622)*33/32 - 1
		for k := h; k <= h+3; k++ {
			if day := hijriDay(k, r.m, r.d); day != 0 {
				if yy, _, _ := ymd(day); yy == y {
					out = append(out, day)
				}
			}
		}
		return out
	}
	return nil
}

// easter returns Western Easter Sunday of year y (the anonymous Gregorian
// computus).
func easter(y int) doc.Day {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return dayOf(y, month, day)
}

// hijriDay returns the Gregorian day of a date of the arithmetical Islamic
// calendar with the astronomical (Thursday, 15 July 622 Julian) epoch, or
// 0. Against the Eids of 2013–2024 as announced it is exact for most and
// at most one day early (holidays_test.go).
func hijriDay(y, m, d int) doc.Day {
	if y < 1 {
		return 0
	}
	jdn := d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + 1948438
	return doc.Day(jdn - 2440588)
}

// holidayExpr: "Christmas", "on Thanksgiving Day", "Eid al-Adha 2016".
func (s *Stage) holidayExpr(d *doc.Doc, i, end int) (mention, int, bool) {
	if !d.Tokens[i].Upper {
		return mention{}, i, false
	}
	for hi, h := range s.v.holiday[s.norm(d, i)] {
		k, ok := s.holidayWords(d, i, end, h.words)
		if !ok {
			continue
		}
		m := mention{kind: kAbs, holiday: &s.v.holiday[s.norm(d, i)][hi].rule}
		switch s.norm(d, k) {
		case "day":
			if h.words[len(h.words)-1] != "day" {
				k++
			}
		case "week":
			m.holidayWeek, k = true, k+1 // "Easter week": the week it ends or falls in
		}
		j := k
		if s.norm(d, j) == "of" || s.norm(d, j) == "," {
			j++
		}
		if y, k2, ok := s.yearAfter(d, j, end); ok {
			m.y, m.yearGiven, k = y, true, k2
		}
		return m, k, true
	}
	return mention{}, i, false
}

// holidayWords matches words from token i, passing over hyphens and "'s".
func (s *Stage) holidayWords(d *doc.Doc, i, end int, words []string) (int, bool) {
	k := i
	for _, w := range words {
		for k < end && (s.norm(d, k) == "-" || s.norm(d, k) == "'s" || s.norm(d, k) == "’s") {
			k++
		}
		if k >= end || s.norm(d, k) != w {
			return i, false
		}
		k++
	}
	return k, true
}

// holidayDay puts a holiday without a stated year: in the narrative's
// year; else the next one when the clause looks ahead; else the last one
// up to two months after the reference date, as for year-less dates.
func (m mention) holidayDay(ref doc.Day) doc.Day {
	pick := func(y int) doc.Day {
		if days := m.holiday.in(y); len(days) > 0 {
			return days[0]
		}
		return 0
	}
	switch {
	case m.yearGiven:
		return pick(m.y)
	case m.narrative != 0:
		return pick(m.narrative)
	case ref == 0:
		return 0
	}
	ry := refYear(ref)
	var best doc.Day
	found := false
	for y := ry - 2; y <= ry+1; y++ {
		for _, day := range m.holiday.in(y) {
			if m.future && day >= ref && (!found || day < best) || !m.future && day <= ref+60 && (!found || day > best) {
				best, found = day, true
			}
		}
	}
	return best
}
