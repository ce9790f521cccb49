package doc

// LayerQuantities is the casualty-figure layer: Quantities.
const LayerQuantities Layer = "quantities"

// NoCount marks an absent bound of a Quantity.
const NoCount int64 = -1

// Quantity is one figure of people harmed or affected: "Over one hundred
// civilians were executed", "the death toll rose to 112", "some 300,000
// civilians under siege".
type Quantity struct {
	Span   Span // the figure with its victims: "Over one hundred civilians"
	Figure Span // the count alone, with its qualifier: "Over one hundred"
	// Stated is the number as written ("over 180" states 180); a vague
	// word ("dozens") states its convention.
	Stated int64
	// Low, Best and High bound the count, UCDP style; NoCount when open.
	Low, Best, High int64
	Vague           bool // "dozens", "several": no number was written

	Who      string // civilians, people, children, fighters, soldiers …; "" unknown
	Civilian string // "civilian", "combatant" or "unknown"
	WhoSpan  Span
	Group    Span // a named group the counted belong to: "Nusra Front fighters"

	What     string // killed, executed, wounded, besieged …
	Class    string // fatal, injured, casualties, detained, affected; none: "no casualties were reported", a figure of zero
	WhatSpan Span

	// Role: "" a figure of its own; "part" a breakdown of another figure
	// ("including 8 children"); "toll" a cumulative toll ("bringing the
	// toll to 45"); "aggregate" a total over a long period ("some 990
	// civilians have been killed over the last 27 days", "the war has
	// killed 300,000").
	Role   string
	Parent Index // for a part: into Doc.Quantities
	// And links a figure to the next one coordinated with it: "five women
	// and a child were killed" (the two add up).
	And    Index
	Period Index // for an aggregate: into Doc.Dates, when a date says over what
	Sent   Index // into Doc.Sents
}
