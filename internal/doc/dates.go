package doc

// LayerDates is the temporal-expression layer: Dates and ArticleDates.
const LayerDates Layer = "dates"

// Day is a calendar day: days since 1970-01-01 (UTC). Zero means "none";
// 1970-01-01 itself is not representable, which no news event needs.
type Day int32

// Precision of a resolved date range.
type Precision uint8

// Precisions, from finest to coarsest.
const (
	NoPrecision Precision = iota
	PrecDay
	PrecWeek
	PrecMonth
	PrecYear
)

func (p Precision) String() string {
	return [...]string{"", "day", "week", "month", "year"}[p]
}

// Timex is one temporal expression, normalized as TimeML TIMEX3.
type Timex struct {
	Span  Span
	Type  string // DATE, TIME, DURATION, SET
	Value string // TIMEX3 value: 2016-12-12, 2016-02, P27D, PRESENT_REF …; "" if unresolved
	Mod   string // START, MID, END, APPROX, MORE_THAN, LESS_THAN …
	// Start and End are the resolved days the expression covers (both
	// inclusive), zero when it names no calendar range.
	Start, End Day
	Precision  Precision
	// Told marks the day a statement was made ("officials said on
	// Tuesday"), which dates the telling, not the deed told.
	Told bool
}

// DateRange joins two expressions ("between Nov. 26 and Dec. 4", "from July
// to September") or one expression and the publication date ("since 2011")
// into one span of days.
type DateRange struct {
	Span     Span   // the whole phrase
	Kind     string // "between", "from", "since", "until"
	From, To Index  // into Doc.Dates; an open end is the zero Index
	// Start and End are the days covered, both inclusive; an open end is
	// the publication date (since) or the start of From (until).
	Start, End Day
	Precision  Precision // the coarser of the two ends
}

// ArticleDate is the publication date of one article.
type ArticleDate struct {
	Published Day
	Inferred  bool   // sitrep inferred it from the text
	From      string // "input", "dateline", "text", or "" when unknown
}
