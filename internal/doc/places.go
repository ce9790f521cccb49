package doc

// LayerPlaces is the toponym layer: Places.
const LayerPlaces Layer = "places"

// PlaceMention is one toponym, resolved to a gazetteer entry.
type PlaceMention struct {
	Span Span // the name as written: "Tal Rifaat"
	// Kind: "place" names where something is; "demonym" ("Syrian") and
	// "metonym" ("Moscow said") name a country or its government — they
	// tell the focus and the actors, never an event's place; "world-region"
	// names a continent or the like ("Europe", "the Middle East"), never
	// an event's place either. (A sea, a gulf or a strait is a "place" of
	// precision world-region and no country: "in the Red Sea".)
	Kind string
	// Qualifier narrows or widens the place: "eastern", "countryside",
	// "province", "old city", "outskirts"; QualSpan is where it is written.
	Qualifier string
	QualSpan  Span

	Name    string // the gazetteer's name: "Tall Rif‘at"
	ID      string // "geonames:163476", "iso:SY", "admin1:SY.09", "supplement:…"
	Country string // ISO 3166-1 alpha-2
	Admin1  string // the admin1 region's name: "Aleppo"
	Lat     float64
	Lon     float64
	// Precision: neighbourhood, city, district, region, country,
	// world-region. A place
	// with no coordinates of its own (a neighbourhood no source places)
	// takes its parent's point and the parent's precision.
	Precision string
	// GeoPrecision is ACLED's geo-precision code: 1 the place itself, 2
	// near it or part of a region ("Aleppo countryside"), 3 a region or
	// country.
	GeoPrecision int8
	// Candidates is how many gazetteer entries the name could be; Score
	// the margin of the chosen one over the next (0 when unambiguous).
	Candidates int
	Score      float32
}
