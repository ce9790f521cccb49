package dates

import (
	"fmt"
	"strconv"
	"time"

	"github.com/sitrep-dev/sitrep/internal/doc"
)

// focus is what an article is reporting on, carried from one expression to
// the next: the quarter last named ("the third quarter"), to which "the
// quarter", "the year-ago period" and "a year earlier" refer.
type focus struct {
	y, q int // 0 when the article has named no quarter
	// The last date stated with a year: "that year", "the following
	// day" refer to it.
	last doc.Timex
}

// resolve normalizes m against the reference (publication) date ref, which
// may be zero (unknown): expressions that need it then get no value. It
// updates the article's focus.
func (m mention) resolve(ref doc.Day, f *focus) (doc.Timex, bool) {
	t := doc.Timex{Span: m.span, Type: m.typ, Mod: m.mod}
	switch m.kind {
	case kAbs:
		m.absolute(&t, ref)
	case kWeekday:
		if ref == 0 {
			break
		}
		wd := isoWeekday(ref)
		back := (wd - m.weekday + 7) % 7
		day := ref - doc.Day(back)
		if m.offset == 0 && m.future {
			day = ref + doc.Day((m.weekday-wd+7)%7)
		}
		switch m.offset {
		case -1:
			if back == 0 {
				day -= 7
			}
		case 1:
			day = ref + doc.Day((m.weekday-wd+7)%7)
			if day == ref {
				day += 7
			}
		}
		setDay(&t, day, m.daypart)
	case kRelDay:
		if (m.bareClock || m.bareNight && m.dayInSentence) && f.last.Precision == doc.PrecDay {
			setDay(&t, f.last.Start, m.daypart)
			break
		}
		if ref == 0 {
			break
		}
		day := ref + doc.Day(m.offset)
		setDay(&t, day, m.daypart)
		switch {
		case m.lastNight:
			t.End = ref // the night ran into the reference day
		case m.daypart == "NI":
			t.Start = day - 1 // a night runs over from the evening before
		}
	case kRelUnit:
		if ref == 0 {
			break
		}
		m.relUnit(&t, ref)
	case kAgo:
		// "Two days earlier", "three days later": from the last day the
		// story stated, as TimeML anchors them; "two days ago" (and
		// these with no day stated before) from the reference date.
		if (m.earlier || m.later) && m.unit == "D" && f.last.Precision == doc.PrecDay {
			setDay(&t, f.last.Start+doc.Day(m.offset), "")
			break
		}
		if m.later {
			return t, false // "three days later" with no day to count from
		}
		if ref == 0 {
			break
		}
		n := m.offset
		switch m.unit {
		case "D":
			setDay(&t, ref+doc.Day(n), "")
		case "W":
			setWeek(&t, ref+doc.Day(7*n))
		case "M":
			y, mo, _ := ymd(ref)
			y, mo = addMonths(y, mo, n)
			setMonth(&t, y, mo)
		case "Y":
			if m.yearBack && f.q != 0 {
				setQuarter(&t, f.y-1, f.q)
				break
			}
			y, _, _ := ymd(ref)
			setYear(&t, y+n)
		default:
			return t, false
		}
	case kAnaphor:
		if (m.unit == "W" || m.unit == "D") && m.offset != 0 && ref != 0 && f.last.Precision != doc.PrecDay {
			// "the previous week", "the previous day" with no day
			// before it: before the day of writing.
			if m.unit == "W" {
				setWeek(&t, ref+doc.Day(7*m.offset))
			} else {
				setDay(&t, ref+doc.Day(m.offset), "")
			}
			break
		}
		if f.last.Precision == 0 {
			return t, false // "that day" with no day before it to be
		}
		y, mo, dd := ymd(f.last.Start)
		switch {
		case m.unit == "W" && f.last.Precision == doc.PrecDay:
			setWeek(&t, f.last.Start+doc.Day(7*m.offset))
		case m.unit == "Y":
			setYear(&t, y+m.offset)
		case m.unit == "M" && f.last.Precision <= doc.PrecMonth:
			y, mo = addMonths(y, mo, m.offset)
			setMonth(&t, y, mo)
		case m.unit == "D" && f.last.Precision == doc.PrecDay:
			setDay(&t, dayOf(y, mo, dd)+doc.Day(m.offset), "")
		}
	case kQuarterRef:
		if ref == 0 {
			break
		}
		if m.yearGiven {
			// "the 1988 third quarter"; "the 1988 period" is the
			// article's quarter in 1988.
			q := m.quarter
			if q == 0 {
				q = f.q
			}
			if q == 0 {
				setYear(&t, m.y)
				break
			}
			setQuarter(&t, m.y, q)
			break
		}
		if f.q == 0 || m.latest {
			// The last quarter completed before the reference date.
			y, mo, _ := ymd(ref)
			y, q := y, (mo-1)/3
			if q == 0 {
				y, q = y-1, 4
			}
			f.y, f.q = y, q
		}
		if m.yearBack {
			setQuarter(&t, f.y-1, f.q)
		} else {
			setQuarter(&t, f.y, f.q)
		}
	case kDuration:
		t.Value = durationValue(m.n, m.unit, m.vague)
		if m.endsAtRef && ref != 0 && !m.vague {
			if days := durationDays(m.n, m.unit); days > 0 {
				t.Start, t.End, t.Precision = ref-doc.Day(days)+1, ref, doc.PrecDay
			}
		}
	case kSet, kRef:
		t.Value = m.value
	case kQuarter:
		if ref == 0 && !m.yearGiven {
			break
		}
		y, mo, _ := ymd(ref)
		switch {
		case m.yearGiven:
			y = m.y
		case m.hasRelYear:
			y += m.relYear
		case (mo-1)/3+1 < m.quarter:
			y-- // the latest such quarter
		}
		setQuarter(&t, y, m.quarter)
		f.y, f.q = y, m.quarter
	}
	if m.kind == kAbs && m.yearGiven && t.Precision != 0 && m.season == "" && !m.decade ||
		(m.kind == kWeekday || m.kind == kRelDay || m.kind == kAbs && m.dd != 0) && t.Precision == doc.PrecDay {
		f.last = t // "on Monday … that day"
	}
	if m.clock && t.Precision == doc.PrecDay && len(t.Value) == len("2006-01-02") {
		if m.hour == 24 {
			t.Value += "T24" // midnight, as TimeML writes it
		} else {
			t.Value += fmt.Sprintf("T%02d:%02d", m.hour, m.minute)
		}
		t.Type = "TIME"
	}
	if t.Type == "" {
		t.Type = "DATE"
	}
	return t, true
}

func (m mention) absolute(t *doc.Timex, ref doc.Day) {
	if m.holiday != nil {
		if day := m.holidayDay(ref); day != 0 && m.holidayWeek {
			setWeek(t, day)
		} else if day != 0 {
			setDay(t, day, "")
			if m.holiday.kind == hHijri {
				// The arithmetical calendar may miss the sighting by a day
				// (or more: Pakistan kept Mawlid 2023 two days after it).
				t.Start, t.End = day-1, day+1
				t.Mod = "APPROX"
			}
		}
		return
	}
	y := m.y
	if m.lastMonth {
		if ref == 0 {
			t.Value = fmt.Sprintf("XXXX-%02d", m.m)
			return
		}
		ry, rm, _ := ymd(ref)
		y, m.yearGiven = ry, true
		if m.m >= rm {
			y--
		}
	}
	if m.hasRelYear {
		if ref == 0 {
			t.Value = fmt.Sprintf("XXXX-%02d", m.m)
			return
		}
		ry, _, _ := ymd(ref)
		y, m.yearGiven = ry+m.relYear, true
	}
	if !m.yearGiven {
		switch {
		case m.narrative != 0 && (ref == 0 || m.narrative >= refYear(ref)-1 && dayOf(m.narrative, m.m, max(m.dd, 1)) <= ref+60):
			// The narrative's year, when it is recent news: an old year in
			// the paragraph is more often background than the story's time.
			y = m.narrative
		case ref != 0 && m.future:
			// The next such date on or after the reference date.
			ry, rm, _ := ymd(ref)
			y = ry
			if m.m < rm {
				y++
			}
		case ref != 0:
			ry, _, _ := ymd(ref)
			y = ry
			if c := dayOf(y, m.m, max(m.dd, 1)); c == 0 || c > ref+60 {
				y--
			}
		default:
			// A year-less date with nothing to anchor it: no invented year.
			if m.m != 0 && m.dd != 0 {
				t.Value = fmt.Sprintf("XXXX-%02d-%02d", m.m, m.dd)
			} else if m.m != 0 {
				t.Value = fmt.Sprintf("XXXX-%02d", m.m)
			}
			t.Mod = partMod(m.part, t.Mod)
			return
		}
	}
	switch {
	case m.season != "":
		t.Value = fmt.Sprintf("%04d-%s", y, m.season)
		t.Start, t.End, t.Precision = seasonRange(y, m.season)
	case m.decade:
		t.Value = strconv.Itoa(y / 10)
		t.Start, t.End, t.Precision = dayOf(y, 1, 1), dayOf(y+9, 12, 31), doc.PrecYear
	case m.m == 0:
		setYear(t, y)
		narrowPart(t, m.part, y, 0)
	case m.dd == 0:
		setMonth(t, y, m.m)
		narrowPart(t, m.part, y, m.m)
	default:
		day := dayOf(y, m.m, m.dd)
		if m.slash == slashEither && ref != 0 && day > ref {
			// Month first puts it after publication; day first does not.
			if alt := dayOf(y, m.dd, m.m); alt != 0 && alt <= ref {
				day = alt
			}
		}
		setDay(t, day, "")
		if m.part == "WEEKOF" && day != 0 {
			// "the week of March 3": seven days from it.
			t.End, t.Precision = day+6, doc.PrecWeek
		}
	}
	t.Mod = partMod(m.part, t.Mod)
}

func refYear(ref doc.Day) int { y, _, _ := ymd(ref); return y }

func partMod(part, mod string) string {
	switch part {
	case "START", "MID", "END":
		return part // TimeML's; a week or half of a month has none
	}
	return mod
}

// narrowPart applies early/mid/late: days 1–10, 11–20, 21–end of a month;
// months 1–4, 5–8, 9–12 of a year.
func narrowPart(t *doc.Timex, part string, y, m int) {
	if part == "" {
		return
	}
	if m != 0 {
		last := daysIn(y, m)
		switch part {
		case "W1", "W2", "W3", "W4":
			n := int(part[1] - '0')
			t.Start, t.End, t.Precision = dayOf(y, m, 7*n-6), dayOf(y, m, 7*n), doc.PrecWeek
		case "WL":
			t.Start, t.End, t.Precision = dayOf(y, m, last-6), dayOf(y, m, last), doc.PrecWeek
		case "H1":
			t.Start, t.End = dayOf(y, m, 1), dayOf(y, m, 15)
		case "H2":
			t.Start, t.End = dayOf(y, m, 16), dayOf(y, m, last)
		case "START":
			t.Start, t.End = dayOf(y, m, 1), dayOf(y, m, 10)
		case "MID":
			t.Start, t.End = dayOf(y, m, 11), dayOf(y, m, 20)
		case "END":
			t.Start, t.End = dayOf(y, m, 21), dayOf(y, m, last)
		}
		return
	}
	switch part {
	case "H1":
		t.Start, t.End = dayOf(y, 1, 1), dayOf(y, 6, 30)
	case "H2":
		t.Start, t.End = dayOf(y, 7, 1), dayOf(y, 12, 31)
	case "START":
		t.Start, t.End = dayOf(y, 1, 1), dayOf(y, 4, 30)
	case "MID":
		t.Start, t.End = dayOf(y, 5, 1), dayOf(y, 8, 31)
	case "END":
		t.Start, t.End = dayOf(y, 9, 1), dayOf(y, 12, 31)
	}
}

func (m mention) relUnit(t *doc.Timex, ref doc.Day) {
	y, mo, _ := ymd(ref)
	switch m.unit {
	case "W", "WE":
		w := ref + doc.Day(7*m.offset)
		if m.weekend && isoWeekday(ref) < 6 && !m.future {
			w -= 7 // "the weekend", said on a weekday, is the one just past
		}
		setWeek(t, w)
		if m.unit == "WE" {
			t.Value += "-WE"
			t.Start += 5
		}
	case "M":
		y, mo = addMonths(y, mo, m.offset)
		setMonth(t, y, mo)
		narrowPart(t, m.part, y, mo)
		t.Mod = partMod(m.part, t.Mod)
	case "Y":
		setYear(t, y+m.offset)
		narrowPart(t, m.part, y+m.offset, 0)
		t.Mod = partMod(m.part, t.Mod)
	case "Q":
		q := (mo-1)/3 + 1 + m.offset
		for q < 1 {
			q += 4
			y--
		}
		for q > 4 {
			q -= 4
			y++
		}
		setQuarter(t, y, q)
	case "SEASON":
		sy := y + m.offset
		t.Value = fmt.Sprintf("%04d-%s", sy, m.season)
		t.Start, t.End, t.Precision = seasonRange(sy, m.season)
	}
	// "earlier this week": the days of it before the reference day;
	// "later this month": those after.
	if ref != 0 && t.Start <= ref && ref <= t.End {
		if m.earlier && t.Start < ref {
			t.End = ref - 1
		}
		if m.later && ref < t.End {
			t.Start = ref + 1
		}
	}
}

func setDay(t *doc.Timex, day doc.Day, daypart string) {
	if day == 0 {
		return
	}
	t.Value = Format(day)
	if daypart != "" {
		t.Value += "T" + daypart
		if t.Type == "" || t.Type == "DATE" {
			t.Type = "TIME"
		}
	}
	t.Start, t.End, t.Precision = day, day, doc.PrecDay
}

// setWeek sets t to the ISO week holding day w.
func setWeek(t *doc.Timex, w doc.Day) {
	t.Value, t.Start, t.End, t.Precision = isoWeek(w), weekStart(w), weekStart(w)+6, doc.PrecWeek
}

// setQuarter sets t to quarter q (1-4) of year y.
func setQuarter(t *doc.Timex, y, q int) {
	t.Value = fmt.Sprintf("%04d-Q%d", y, q)
	t.Start, t.End, t.Precision = dayOf(y, 3*q-2, 1), dayOf(y, 3*q, daysIn(y, 3*q)), doc.PrecMonth
}

func setMonth(t *doc.Timex, y, m int) {
	t.Value = fmt.Sprintf("%04d-%02d", y, m)
	t.Start, t.End, t.Precision = dayOf(y, m, 1), dayOf(y, m, daysIn(y, m)), doc.PrecMonth
}

func setYear(t *doc.Timex, y int) {
	if y < 1 || y > 9999 {
		return
	}
	t.Value = fmt.Sprintf("%04d", y)
	t.Start, t.End, t.Precision = dayOf(y, 1, 1), dayOf(y, 12, 31), doc.PrecYear
}

func seasonRange(y int, se string) (doc.Day, doc.Day, doc.Precision) {
	switch se {
	case "SP":
		return dayOf(y, 3, 1), dayOf(y, 5, 31), doc.PrecMonth
	case "SU":
		return dayOf(y, 6, 1), dayOf(y, 8, 31), doc.PrecMonth
	case "FA":
		return dayOf(y, 9, 1), dayOf(y, 11, 30), doc.PrecMonth
	}
	return dayOf(y, 12, 1), dayOf(y+1, 2, daysIn(y+1, 2)), doc.PrecMonth
}

func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

func isoWeekday(d doc.Day) int {
	wd := int(Time(d).Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

func weekStart(d doc.Day) doc.Day { return d - doc.Day(isoWeekday(d)-1) }

func isoWeek(d doc.Day) string {
	y, w := Time(d).ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

func durationValue(n float64, unit string, vague bool) string {
	num := "X"
	if !vague {
		num = strconv.FormatFloat(n, 'f', -1, 64)
	}
	// A half: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M.
	if whole := float64(int(n)); !vague && n-whole == 0.5 {
		w := strconv.Itoa(int(whole))
		switch unit {
		case "Y":
			return "P" + w + "Y6M"
		case "D":
			return "P" + w + "DT12H"
		case "H":
			return "PT" + w + "H30M"
		case "N":
			return "PT" + w + "M30S"
		}
	}
	switch unit {
	case "DE", "CE":
		// Decades and centuries in years, as TimeBank writes them.
		if vague {
			return "PXY"
		}
		f := 10.0
		if unit == "CE" {
			f = 100
		}
		return "P" + strconv.FormatFloat(f*n, 'f', -1, 64) + "Y"
	case "H", "N", "S":
		return "PT" + num + unitCode(unit)
	case "2W":
		if !vague {
			num = strconv.FormatFloat(2*n, 'f', -1, 64)
		}
		return "P" + num + "W"
	}
	return "P" + num + unit
}

func durationDays(n float64, unit string) int {
	switch unit {
	case "D":
		return int(n)
	case "W":
		return int(7 * n)
	case "2W":
		return int(14 * n)
	case "M":
		return int(30 * n)
	case "Y":
		return int(365 * n)
	case "H":
		if n <= 48 {
			return max(1, int(n/24))
		}
	}
	return 0
}

// inferPublished infers article ai's publication date from its text: the
// latest calendar date it states (with the narrative's year), moved forward
// to the first day from which every weekday it mentions ("on Monday") falls
// on or after that date. It returns 0 when the text states no year.
// A date that opens a period reaching to now ("since March 2011", "the
// conflict began in March 2011") says only that the article is later,
// by any amount: it is passed over, as are dates relative to the one
// sought and dates ahead.
func (s *Stage) inferPublished(d *doc.Doc, ms []mention, ai int) doc.Day {
	var latest doc.Day
	var weekdays []int
	for _, m := range ms {
		if m.article != ai {
			continue
		}
		switch m.kind {
		case kAbs:
			// A date relative to the one sought ("last September", "June
			// last year") or ahead of it ("talks will resume on March 3")
			// bounds nothing.
			if m.m == 0 || m.decade || m.season != "" || m.lastMonth || m.hasRelYear || m.future || s.onset(d, m.span) {
				continue
			}
			y := m.y
			if !m.yearGiven {
				y = m.narrative
			}
			if y == 0 {
				continue
			}
			day := dayOf(y, m.m, max(m.dd, 1))
			if m.dd == 0 {
				day = dayOf(y, m.m, daysIn(y, m.m))
				if m.part == "START" {
					day = dayOf(y, m.m, 10)
				} else if m.part == "MID" {
					day = dayOf(y, m.m, 20)
				}
			}
			latest = max(latest, day)
		case kWeekday:
			if m.offset == 0 {
				weekdays = append(weekdays, m.weekday)
			}
		}
	}
	if latest == 0 {
		return 0
	}
	pub := latest
	for range 7 {
		ok := true
		for _, wd := range weekdays {
			back := (isoWeekday(pub) - wd + 7) % 7
			if pub-doc.Day(back) < latest {
				ok = false
			}
		}
		if ok {
			break
		}
		pub++
	}
	return pub
}

// onset reports whether the date at sp opens a period: "since" right
// before it, or "in" after a verb of beginning ("began in").
func (s *Stage) onset(d *doc.Doc, sp doc.Span) bool {
	k, _ := d.TokensIn(sp)
	w := func(i int) string {
		if i < 0 || d.Tokens[i].Kind != doc.Word {
			return ""
		}
		return d.TokenNorm(i)
	}
	switch s.v.onset[w(k-1)] {
	case "prep":
		return true
	case "":
		if w(k-1) == "in" || w(k-1) == "of" {
			return s.v.onset[w(k-2)] == "verb"
		}
	}
	return false
}

// yearlessDay reads a dateline's month and day with no year ("Sept 3",
// "Oct. 14") as the last such day on or before pub (or the day after it,
// a dateline's time zone ahead of the input's); 0 if txt is not one.
func yearlessDay(txt string, pub doc.Day) doc.Day {
	if len(txt) > 4 && txt[:4] == "Sept" {
		txt = "Sep" + txt[4:]
	}
	for _, layout := range []string{"Jan 2", "January 2", "Jan. 2"} {
		if t, err := time.Parse(layout, txt); err == nil {
			y, _, _ := ymd(pub)
			day := dayOf(y, int(t.Month()), t.Day())
			if day > pub+1 {
				day = dayOf(y-1, int(t.Month()), t.Day())
			}
			return day
		}
	}
	return 0
}

// datelineDay reads the date of a dateline, if it states a year.
func (s *Stage) datelineDay(d *doc.Doc, dl doc.Dateline) doc.Day {
	txt := dl.Date.In(d.Text)
	if txt == "" {
		return 0
	}
	for _, layout := range []string{"02 Jan 2006", "2 Jan 2006", "2 January 2006", "January 2 2006", "Jan 2 2006", "January 2, 2006", "Jan 2, 2006", "Jan. 2, 2006", "Jan. 2 2006", "02.01.2006", "02-01-2006", "2006-01-02", "Jan 022006", "Jan 22006"} {
		if t, err := time.Parse(layout, txt); err == nil {
			return DayOf(t)
		}
	}
	return 0
}
