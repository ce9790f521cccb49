package doc

// Layers of the event stages.
const (
	LayerActors      Layer = "actors"      // Actors
	LayerAttribution Layer = "attribution" // Sources, Quotes
	LayerEvents      Layer = "events"      // Events
)

// ActorMention is a named or generic actor: "Assad regime forces",
// "opposition fighters", "unidentified gunmen".
type ActorMention struct {
	Span Span
	Name string // ACLED-style: "Military Forces of Syria (2000-2024)"
	// Base is the dictionary's name when Name is that of an earlier
	// government ("Military Forces of Syria (2024-)"), else "".
	Base    string
	Type    string // state, rebel, political militia, identity militia, external, civilians, protesters, organization, media
	Country string // ISO code, "" if none
	Generic bool   // a kind of actor resolved against the document's focus ("gunmen")
	// Anaphor marks a definite kind of actor found to be the group named
	// before it: "the militants" after "Al Shabaab fighters".
	Anaphor bool
}

// SourceMention is who a stretch of text says something: "opposition
// sources reported", "according to SOHR", "Syrian state TV said".
type SourceMention struct {
	Span Span   // the source as written: "Opposition sources"
	Cue  Span   // the reporting word: "reported", "according to"
	Name string // the actor's name when known, else the text
	// Type: state media, official, opposition, local sources, monitor,
	// UN/NGO, journalist, wire agency, witness, unknown.
	Type string
	// Scope is the text the source vouches for: its sentence, and the
	// following sentences of the paragraph that continue it ("It said…").
	Scope Span
}

// Quote is quoted speech with its speaker.
type Quote struct {
	Span    Span // the quoted words, without the marks
	Speaker Span // the speaker as written, empty if unknown
	Name    string
}

// Event is one happening an article reports.
type Event struct {
	Article  int
	Type     string // ACLED event type
	Subtype  string // ACLED sub-event type or a sitrep extension
	Trigger  Span
	Evidence []Span // the sentences it rests on, first the one that states it
	// Date is the day range it happened in, from the date governing its
	// sentence; DateSpan is that date's expression (empty: the
	// publication date).
	DateStart, DateEnd Day
	DatePrecision      Precision
	DateSpan           Span
	Place              Index // into Places; zero: none
	// PlaceFrom says where the place was found: "sentence", "paragraph",
	// "dateline", "article", or "country" — the country the sentence
	// names, a part of which ("in southern Lebanon") the dateline's city
	// lies outside.
	PlaceFrom      string
	Actor1, Actor2 Index // into Actors
	Fatalities     Index // into Quantities: the figure of the dead
	// MoreFatal are further groups killed in the same deed, to be
	// added to Fatalities: "2" in "9 militants and 2 soldiers were
	// killed", "3 Taliban were also killed".
	MoreFatal []Index
	Victims   string
	Affected  []Index // into Quantities
	Source    Index   // into Sources; zero: the publisher's own voice
	// Modality: "" asserted; "denied", "negated", "planned", "possible",
	// "attempted", "accused" otherwise (the event is kept, and marked). The events
	// stage also reads "habitual" (a pattern: "rebels regularly fire
	// rockets"), "none" ("no arrests were reported") and "background"
	// (the deed an anniversary counts from), and keeps no event so
	// marked.
	Modality string
}

// LayerControl holds claims of territorial control.
const LayerControl Layer = "control"

// Control is a claim of territorial control: "one per cent of the
// original pocket" held by the opposition.
type Control struct {
	Span       Span // the share and its area: "Only one per cent of the original pocket"
	Value      float64
	Qualifier  string // "only", "over", "nearly" …, as written
	Area       Span   // "the original pocket"
	AreaEnd    int    // the token after the area
	Holder     string // the side that holds the share
	HolderSpan Span
	Sent       int32
	Article    int32
	Source     Index // into Sources; zero: the publisher
	Place      Index // into Places: the article's main place
}
