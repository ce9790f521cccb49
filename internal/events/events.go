// Package events assembles the layers before it into events: who did
// what to whom, where, when, with how many dead — and according to whom.
//
// A sentence holds an event when it holds a trigger (data/triggers.tsv);
// of several, the highest in ACLED's order absorbs the others. Its
// arguments come from the clause, then the sentence, then the paragraph:
// the acting and the acted-on actor (by the voice of the trigger), the
// place (else the paragraph's last place, the dateline, the article's
// main place), the date that governs the sentence (package dates), the
// figures of the dead and the affected (package casualties), and the
// source whose scope covers it (package attrib). Words such as "denied",
// "failed to", "could" mark an event as not asserted. Restatements of one
// happening in an article merge, keeping each sentence as evidence;
// claims of different figures by different sources stay apart.
package events

import (
	"context"
	_ "embed"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/sitrep-dev/sitrep/internal/actors"
	"github.com/sitrep-dev/sitrep/internal/attrib"
	"github.com/sitrep-dev/sitrep/internal/dates"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/lexicon"
	"github.com/sitrep-dev/sitrep/internal/numbers"
	"github.com/sitrep-dev/sitrep/internal/tokenize"
)

// Name is the stage name.
const Name = "events"

//go:embed data/triggers.tsv
var src string

type trigger struct {
	words    []string
	typ, sub string
	rank     int
	weak     bool
	// kill: a bare verb of killing ("gunmen killed 4 people"), an event
	// only with an armed actor acting in its sentence; else its figure is
	// the toll of the event before it.
	kill bool
	// found: the discovery of the dead ("police found the bodies of six
	// men"): the finder is no side, the killers are unidentified.
	found bool
	// opposed: a weak trigger that makes an event only with a toll or a
	// side against the doer ("an operation against ISWAP …, resulting in
	// 12 fatalities"; not "joint operations recovered 30 cattle").
	opposed bool
	// object: a verb whose object decides ("destroyed"): a weapon
	// (weapon words) is a disrupted weapons use, a building or property
	// (building and property words) is destroyed property, anything else
	// ("destroyed a tank") no event of its own.
	object bool
	// crowd: a deed that is a protest only when a crowd does it ("farmers
	// blocked roads"; armed men block roads too).
	crowd bool
	// agent: a weak verb that makes an event only right after the armed
	// actor or the country that does it ("Israel struck Hezbollah
	// targets"; not "a shell struck a house", whose weapon tells the
	// deed).
	agent bool
	// landed: a passive strike that makes an event only with a building
	// or a civil site as its subject ("a residential building was hit";
	// not "a man was hit by a car").
	landed bool
	// armed: a weak verb that makes an event only right after a named
	// armed group that does it and before a place ("opposition forces
	// entered Damascus"; not "aid convoys entered Gaza", nor "gunmen
	// entered a mosque").
	armed bool
}

// Stage is the event stage; it is safe for concurrent use.
type Stage struct {
	actors  *actors.Stage        // for the forces of a country named by a demonym
	byFirst map[string][]trigger // longest first
	first   *lexicon.Set         // the keys of byFirst
	modal   map[string]string
	rank    map[string]int
	claims  [][]string // "claimed responsibility"
	// authored: phrases after which the actor named is the doer of the
	// deed just told ("was carried out by the Gran Grif gang"), by first
	// word.
	authored   map[string][][]string
	claimFirst *lexicon.Set
	// standing: phrases that, just before a trigger of the sub-event they
	// name, refer to something already in force ("in violation of a
	// ceasefire", "despite the truce"): no new event.
	standing map[string][][]string
	// buildings: what is stormed without taking ground (hotel, prison).
	buildings map[string]bool
	// outposts: positions taken when captured but only attacked when
	// stormed (a police post, a checkpoint).
	outposts map[string]bool
	// operations: deed nouns whose doer stands before them ("a Turkish
	// Armed Forces and U.S.-led coalition operation").
	operations map[string]bool
	// airborne: words of an actor that strikes from the air ("its air
	// force had struck", "Syrian warplanes killed"): its deed is an air
	// strike whatever verb tells it.
	airborne map[string]bool
	// ground: nouns of forces on the ground whose raids are no air raids
	// ("Israeli forces conducted a series of raids in Jenin").
	ground map[string]bool
	// describing: two-word phrases before a trigger that describe
	// someone by a deed ("involved in rocket launches").
	describing map[string]bool
	// labelling: words after "what" that name a deed already told
	// ("what it called a massacre").
	labelling map[string]bool
	// goods: what is seized without ground being taken ("seized weapons
	// and vehicles").
	goods map[string]bool
	// stores: where weapons are kept or made ("an artillery depot").
	stores map[string]bool
	// repelling: the first words of deeds that beat an attack back; in
	// the passive their subject attacked ("were repelled by the army").
	repelling map[string]bool
	// moving: verbs of a target on the move in a clause that "as" opens
	// ("as a convoy passed near Mir Ali"): the deed's circumstance.
	moving map[string]bool
	// audience: words before "in" and a place that say where a deed was
	// told ("told reporters in Kabul").
	audience map[string]bool
	// answering: phrases before a trigger that name a deed already told
	// as the cause of this one ("in response to the strikes"), by their
	// last word.
	answering     map[string][][]string
	answeringLast *lexicon.Set
	// answerIn: the answering phrases that open with "in" ("in response
	// to"), which end the clause of the deed before them.
	answerIn [][]string
	// reprisals: the answering phrases whose object, told as news, is a
	// deed of its own ("in retaliation for Pakistani air strikes on
	// Kabul"), by their last word, as answering.
	reprisals map[string][][]string
	// blame: verbs whose object a source holds to be the doer.
	blame    map[string]bool
	blameSet *lexicon.Set // blame's words by token hash: the scan over every token asks
	// clauseWords: the words that may open another actor's clause (see
	// clauseOf), by token hash.
	clauseWords *lexicon.Set
	// population: nouns after "displaced" that make it an adjective.
	population map[string]bool
	// civilSites: places where the dead of a bombing or strike are
	// civilians ("a busy market", "a mosque", "a bakery queue").
	civilSites map[string]bool
	ownBomb    map[string]bool // a bomb that went off on those who set it
	deedNouns  map[string]bool // a deed already told, as the subject of what it did
	armedKill  map[string]bool // first words of killings that tell a weapon
	drones     map[string]bool // words of a strike that any side may fly
	talks      map[string]bool // an agreement still sought
	hitVerbs   map[string]bool // a strike told as landing
	seizing    map[string]bool // weapons taken or made safe on the ground
	yielded    map[string]bool // ground left without a fight ("withdrew")
	dropping   map[string]bool // verbs of dropping from the air ("dropped two bombs")
	liveFire   map[string]bool // "gunfire", "ammunition"; "not rubber": not after it
	accident   map[string]bool // "mine", "gas": a bare explosion there is an accident
	assaults   map[string]bool // one side's attack, named by a noun
	offices    map[string]bool // a local official's title after the place's name
	frames     map[string]bool // "as part of the", "under the": an agreement cited as the frame of another deed
	concluded  map[string]bool // "signed", "took effect": an agreement made
	bases      map[string]bool // "base", "headquarters": what an armed group establishes
	// groundForces, notAStrike: "Russian forces struck X" with no weapon
	// is shelling; "troops struck back" is no strike.
	groundForces, notAStrike map[string]bool
	villages                 map[string]bool // "village": whose dead, when armed men attack it, are civilians
	crowdAttack              map[string]bool // "attacked": a crowd's attack on people
	// weapons, property: the objects that decide an object trigger
	// ("destroyed 3 drones", "destroyed 20 homes").
	weapons, property map[string]bool
	// crowd: people who, fighting the police, riot ("students clashed
	// with police").
	crowd map[string]bool
}

// New returns the stage with its embedded trigger lexicon.
func New() (*Stage, error) {
	ac, err := actors.New()
	if err != nil {
		return nil, err
	}
	s := &Stage{actors: ac, byFirst: map[string][]trigger{}, modal: map[string]string{}, rank: map[string]int{}, standing: map[string][][]string{}, authored: map[string][][]string{}}
	// The word sets, by the section of triggers.tsv that lists them.
	sets := map[string]*map[string]bool{
		"building": &s.buildings, "outpost": &s.outposts, "operation": &s.operations, "airborne": &s.airborne, "ground": &s.ground,
		"population": &s.population, "civilsite": &s.civilSites, "blame": &s.blame, "goods": &s.goods, "store": &s.stores, "audience": &s.audience, "moving": &s.moving, "repelling": &s.repelling, "labelling": &s.labelling, "describing": &s.describing,
		"weapon": &s.weapons, "property": &s.property, "crowd": &s.crowd, "ownbomb": &s.ownBomb, "deednoun": &s.deedNouns, "armedkill": &s.armedKill, "drone": &s.drones, "talks": &s.talks, "hit": &s.hitVerbs, "seizure": &s.seizing,
		"yielded": &s.yielded, "dropping": &s.dropping, "livefire": &s.liveFire, "accident": &s.accident, "assault": &s.assaults, "office": &s.offices, "frame": &s.frames, "groundforce": &s.groundForces, "notastrike": &s.notAStrike, "village": &s.villages, "crowdattack": &s.crowdAttack, "concluded": &s.concluded, "base": &s.bases,
	}
	for _, m := range sets {
		*m = map[string]bool{}
	}
	var pending [][]string
	err = lexicon.ScanLines("triggers.tsv", strings.NewReader(src), func(_ int, f []string) error {
		switch {
		case f[0] == "rank" && len(f) == 2:
			s.rank[f[1]] = len(s.rank)
		case f[0] == "modal" && len(f) == 3:
			s.modal[f[1]] = f[2]
		case f[0] == "authored" && len(f) == 2:
			if words := phrase(f[1]); len(words) > 0 {
				s.authored[words[0]] = append(s.authored[words[0]], words)
			}
		case f[0] == "claim" && len(f) == 2:
			if words := phrase(f[1]); len(words) > 0 {
				s.claims = append(s.claims, words)
			}
		case sets[f[0]] != nil && len(f) == 2:
			(*sets[f[0]])[f[1]] = true
		case f[0] == "answering" && (len(f) == 2 || len(f) == 3 && f[2] == "reprisal"):
			if words := phrase(f[1]); len(words) > 0 {
				if s.answering == nil {
					s.answering = map[string][][]string{}
				}
				last := words[len(words)-1]
				s.answering[last] = append(s.answering[last], words)
				if words[0] == "in" {
					s.answerIn = append(s.answerIn, words)
				}
				if len(f) == 3 {
					if s.reprisals == nil {
						s.reprisals = map[string][][]string{}
					}
					s.reprisals[last] = append(s.reprisals[last], words)
				}
			}
		case f[0] == "blocker" && len(f) == 2:
			pending = append(pending, []string{f[1], "-", "-"})
		case f[0] == "standing" && len(f) == 3:
			if words := phrase(f[2]); len(words) > 0 {
				s.standing[f[1]] = append(s.standing[f[1]], words)
			}
		case len(f) == 3 || len(f) == 4 && (f[3] == "weak" || f[3] == "kill" || f[3] == "found" || f[3] == "opposed" || f[3] == "object" || f[3] == "crowd" || f[3] == "agent" || f[3] == "landed" || f[3] == "armed"):
			pending = append(pending, f)
		default:
			return fmt.Errorf("bad line %q", strings.Join(f, "\t"))
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	for _, f := range pending {
		r, ok := s.rank[f[2]]
		if f[1] == "-" {
			r, ok = len(s.rank), true // a blocker: no event
		}
		if !ok {
			return nil, fmt.Errorf("events: triggers.tsv: %q has no rank", f[2])
		}
		toks, norm := tokenize.Tokens(f[0], nil)
		words := make([]string, 0, len(toks))
		for _, t := range toks {
			if w := t.Norm.In(norm); w != "-" {
				words = append(words, w)
			}
		}
		if len(words) == 0 {
			continue
		}
		class := ""
		if len(f) == 4 {
			class = f[3]
		}
		list := append(s.byFirst[words[0]], trigger{words: words, typ: f[1], sub: f[2], rank: r,
			weak: class != "" && class != "found" && class != "object" && class != "crowd", kill: class == "kill", found: class == "found", opposed: class == "opposed", object: class == "object", crowd: class == "crowd", agent: class == "agent", landed: class == "landed", armed: class == "armed"})
		sort.SliceStable(list, func(i, j int) bool { return len(list[i].words) > len(list[j].words) })
		s.byFirst[words[0]] = list
	}
	s.first = lexicon.KeySet(s.byFirst)
	var cf []string
	for _, c := range s.claims {
		cf = append(cf, c[0])
	}
	s.claimFirst = lexicon.NewSet(cf)
	s.answeringLast = lexicon.KeySet(s.answering)
	first := maps.Clone(s.blame)
	for w := range s.authored {
		first[w] = true
	}
	s.blameSet = lexicon.KeySet(first)
	s.clauseWords = lexicon.NewSet([]string{"as", "while", "whereas", "after"})
	return s, nil
}

// background reports whether the trigger at token i tells, in a relative
// clause in the perfect, what an actor has done over time: "the Arakan
// Army, an armed group that has seized much of Rakhine over the past
// year, said", "Houthi forces, who have repeatedly attacked shipping".
func background(d *doc.Doc, lo, i int) bool {
	// "has seized", "have repeatedly attacked", "has stepped up attacks",
	// "have carried out attacks": up to two words between.
	for k := i - 1; k > lo && k >= i-3; k-- {
		switch d.TokenNorm(k) {
		case "has", "have":
			switch d.TokenNorm(k - 1) {
			case "that", "which", "who":
				return true
			}
			// A trend: "Russia has stepped up attacks on Ukraine's
			// energy system", "have intensified strikes" (but not one
			// told with its dead: "has stepped up air attacks …, killing
			// at least 57 civilians when it dropped container bombs").
			switch d.TokenNorm(k + 1) {
			case "stepped", "intensified", "escalated", "ramped", "increased":
				return !fatalAfter(d, i)
			}
			return false
		case "had":
			// "released 5 soldiers they had kidnapped": what the freed
			// went through before, not this deed (but "said it had shot
			// down 31 drones" tells it).
			switch d.TokenNorm(k - 1) {
			case "which", "who", "whom":
				return k == i-1
			case "they", "he", "she":
				if k-2 <= lo || d.Tokens[k-2].Kind != doc.Word || d.Tokens[k-2].Upper {
					return false
				}
				switch d.TokenNorm(k - 2) {
				case "said", "says", "say", "claimed", "announced", "reported", "stated", "added", "confirmed", "that", "and", "but":
					return false
				}
				return k == i-1
			}
			return false
		}
		if d.Tokens[k].Kind != doc.Word || d.Tokens[k].Upper {
			return false
		}
	}
	return false
}

// fatalAfter reports whether a figure of the dead follows token i in its
// sentence.
func fatalAfter(d *doc.Doc, i int) bool {
	at := d.Tokens[i].Span.Start
	for _, q := range d.Quantities {
		if q.Class == "fatal" && q.Span.Start > at && q.Sent.Valid() && d.Sents[q.Sent.Get()].Span.Contains(d.Tokens[i].Span) {
			return true
		}
	}
	return false
}

// sinceInPerfect reports whether a sentence runs in the perfect from
// "since": "has raged in Amhara since August last year".
func sinceInPerfect(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	perfect := false
	for k := lo; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "has", "have":
			perfect = true
		case "since":
			if perfect {
				return true
			}
		}
	}
	return false
}

// tally reports whether the trigger at token i counts deeds over a
// period in the perfect: "The Houthis have launched more than 60 attacks
// on shipping since November" — a campaign's tally, not an event.
func tally(d *doc.Doc, lo, hi, i int) bool {
	w := d.TokenNorm(i)
	if i-1 < lo || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	counted := d.Tokens[i-1].Kind == doc.Number
	for _, q := range d.Quantities {
		if q.Span.End == d.Tokens[i-1].Span.End || q.Span.Contains(d.Tokens[i].Span) {
			counted = true
		}
	}
	if p := d.TokenNorm(i - 1); p == "dozens" || p == "hundreds" || p == "scores" || p == "of" && i-2 >= lo && (d.TokenNorm(i-2) == "dozens" || d.TokenNorm(i-2) == "hundreds") {
		counted = true
	}
	if !counted {
		return false
	}
	perfect, since := false, false
	for k := lo; k < hi; k++ {
		switch d.TokenNorm(k) {
		case "has", "have":
			perfect = perfect || k < i
		case "since":
			since = true
		}
	}
	return perfect && since
}

// answers reports whether the trigger at token i is named as the cause
// of the sentence's deed: "Hezbollah said it launched the rockets … in
// response to the strikes", "in retaliation for Israeli air strikes".
func (s *Stage) answers(d *doc.Doc, lo, i int) bool {
	// The phrase, then up to three words ("the", "Israeli air"): its
	// last word ends gap words before the trigger. A verb in the past
	// is the sentence's own deed, not the phrase's object: "students
	// protesting government job quotas clashed with police" (not one
	// after an article: "to demand justice for a murdered classmate").
	past := strings.HasSuffix(d.TokenNorm(i), "ed") && i > lo && d.Tokens[i-1].Kind == doc.Word
	if past {
		switch d.TokenNorm(i - 1) {
		case "a", "an", "the", "his", "her", "their", "its", "of", "for", "two", "three":
			past = false
		}
	}
	for gap := 0; gap <= 3 && !past; gap++ {
		k := i - gap - 1
		if k < lo {
			break
		}
		if !s.answeringLast.Has(d.Tokens[k].Hash) {
			continue
		}
		for _, a := range s.answering[d.TokenNorm(k)] {
			if start := i - gap - len(a); start >= lo {
				if end, ok := s.match(d, start, i, a); ok && end == i-gap {
					return true
				}
			}
		}
	}
	// (Or further on in the phrase the answering words open, with no
	// comma or verb between: "in response to the killing of one of its
	// commanders in an Israeli strike in Tyre".)
	// (Not past the subject of the sentence's own verb: "In retaliation
	// for the latest deadly Ghouta shelling rebels fired rockets on
	// Damascus".)
	// (The phrase is looked for first, by its last word's hash; the words
	// between are read only when there is one.)
	if !past {
		for k := i - 1; k > lo && k >= i-14; k-- {
			if s.answeringLast.Has(d.Tokens[k].Hash) && s.answersInAt(d, lo, k) {
				if !phraseBroken(d, k, i) {
					return true
				}
				break
			}
		}
	}
	// What a protest is against: "hundreds of Kurds demonstrated in
	// Qamishli against Turkish air strikes".
	for gap := 0; gap <= 3; gap++ {
		if k := i - gap - 1; k > lo && d.TokenNorm(k) == "against" {
			return s.triggerIn(d, max(lo, k-8), k, isProtest)
		}
	}
	return false
}

// inClaim reports whether token i ends a claim of responsibility that
// starts a word or two before: "claimed the attack", "claimed the
// bombing".
func (s *Stage) inClaim(d *doc.Doc, lo, i int, weak bool) bool {
	for k := max(lo, i-5); k < i; k++ {
		if !s.claimFirst.Has(d.Tokens[k].Hash) {
			continue
		}
		for _, c := range s.claims {
			// ("claimed to have attacked a ship", "claimed an attack on
			// a Turkish outpost" tell the deed itself.)
			if c[len(c)-1] == "have" || len(c) > 1 && (c[1] == "a" || c[1] == "an") {
				continue
			}
			end, ok := s.match(d, k, i+1, c)
			if !ok {
				continue
			}
			// (Or for it, named by a weak word: "claimed responsibility
			// for the attack on the Jaffar Express" — not "for a suicide
			// bombing that killed …", which tells what the deed was.)
			for weak && end < i {
				if w := d.TokenNorm(end); w != "for" && w != "the" && w != "a" && w != "an" && w != "this" && w != "that" && w != "its" {
					break
				}
				end++
			}
			if end == i+1 || weak && end == i {
				return true
			}
		}
	}
	return false
}

// inDemonym reports whether sp lies in a demonym ("Greek", "Russian").
func inDemonym(d *doc.Doc, sp doc.Span) bool {
	for _, p := range d.Places {
		if p.Kind == "demonym" && p.Span.Contains(sp) {
			return true
		}
	}
	return false
}

// goodsAfter reports whether the object after token i is goods, not
// ground: "seized weapons and vehicles", "captured large quantities of
// ammunition".
func (s *Stage) goodsAfter(d *doc.Doc, i, hi int) bool {
	for k := i; k < hi && k < i+7; k++ {
		w := d.TokenNorm(k)
		if s.goods[w] {
			return true
		}
		// (past a demonym: "seized a Greek-owned cargo ship")
		// (or a quantity: "seized 2 tonnes of cocaine")
		if d.Tokens[k].Upper && inDemonym(d, d.Tokens[k].Span) || w == "-" || w == "owned" || w == "flagged" || d.Tokens[k].Kind == doc.Number {
			continue
		}
		if d.Tokens[k].Kind != doc.Word || d.Tokens[k].Upper {
			return false
		}
	}
	return false
}

// goodsHanded reports whether the trigger at token i is told in the
// passive of goods or people the clause opens with: "The body of the
// rebel commander was handed over to his family", "Weapons were seized".
func (s *Stage) goodsHanded(d *doc.Doc, lo, i int) bool {
	return i-1 >= lo && isBe(d, i-1) && anyIn(d, s.goods, lo, min(i-1, lo+4))
}

// storeAfter reports whether a store of weapons follows the weapon's word
// that ends before token i, as the head of its noun phrase: "a missile
// depot", "an artillery and tank projectiles depot" (not "drones struck
// an ammunition depot", whose deed is the strike).
func (s *Stage) storeAfter(d *doc.Doc, i, hi int) bool {
	if i < hi && s.stores[d.TokenNorm(i)] {
		return true
	}
	if i >= hi || d.TokenNorm(i) != "and" && !s.weapons[d.TokenNorm(i)] && !s.goods[d.TokenNorm(i)] {
		return false
	}
	for k := i + 1; k < hi && k < i+4; k++ {
		if d.Tokens[k].Kind != doc.Word || d.Tokens[k].Upper {
			return false
		}
		if s.stores[d.TokenNorm(k)] {
			return true
		}
	}
	return false
}

// subIn reports whether a trigger of sub-event sub starts in tokens
// [lo, hi).
func (s *Stage) subIn(d *doc.Doc, lo, hi int, sub string) bool {
	return s.triggerIn(d, lo, hi, func(t trigger) bool { return t.sub == sub })
}

// outpostOverrun reports whether tokens [lo, hi) tell a building or an
// outpost stormed or overrun: "overran a military base".
func (s *Stage) outpostOverrun(d *doc.Doc, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if storming(d.TokenNorm(i)) && s.buildingAfter(d, i+1, hi, true) {
			return true
		}
	}
	return false
}

// toldWith reports whether a deed of sub-event sub was told in the
// sentences of o, beside the deed that outranked it: "the abduction"
// retells "Gunmen abducted 25 schoolgirls …, killing a staff member",
// an attack.
func (s *Stage) toldWith(d *doc.Doc, o *doc.Event, sub string) bool {
	for _, ev := range o.Evidence {
		if lo, hi := d.TokensIn(ev); s.subIn(d, lo, hi, sub) {
			return true
		}
	}
	return false
}

// groundTaken reports whether tokens [lo, hi) tell ground taken — a
// trigger of territory whose object is a town or a place: "and took
// control of the town" (not "and seized weapons").
func (s *Stage) groundTaken(d *doc.Doc, lo, hi int) bool {
	return s.triggerEnds(d, lo, hi, func(t trigger, end int) bool {
		return t.sub == "Territory" && (s.placeAfter(d, end, hi) || end+1 < hi && d.TokenNorm(end) == "the" && d.TokenNorm(end+1) == "city")
	})
}

// territoryClash reports whether a and b are a taking of ground and a
// clash, which ACLED codes as the one taking with the fight's dead.
func territoryClash(a, b trigger) bool {
	return a.sub == "Territory" && b.sub == "Armed clash" || a.sub == "Armed clash" && b.sub == "Territory"
}

// labelled reports whether the trigger at token i is a name put on a deed
// already told: "what it called a \"massacre\"", "what officials
// described as an attack", "\"It was a massacre,\" said …".
func (s *Stage) labelled(d *doc.Doc, lo, i int) bool {
	// A noun in quotation marks of its own is a name someone put on a
	// deed: "condemned the \"massacre\"" (not a verb so marked, which
	// tells the deed in its doer's word: "said it had \"neutralised\" 12
	// terrorists").
	if i-1 > lo && i+1 < len(d.Tokens) && isQuote(d.TokenNorm(i-1)) && isQuote(d.TokenNorm(i+1)) {
		switch d.TokenNorm(i - 2) {
		case "the", "a", "an", "this", "that":
			return true
		}
	}
	k := i - 1
	for k >= lo && (d.TokenNorm(k) == "a" || d.TokenNorm(k) == "an" || d.TokenNorm(k) == "the" || d.Tokens[k].Kind == doc.Punct && d.TokenNorm(k) != ",") {
		k--
	}
	if k < lo {
		return false
	}
	// "\"It was a massacre,\" said …": a name for what was told.
	// (A noun after its article, not a passive: "it was intercepted".)
	if w := d.TokenNorm(k); (w == "was" || w == "is") && k-1 >= lo && (d.TokenNorm(k+1) == "a" || d.TokenNorm(k+1) == "an") {
		if p := d.TokenNorm(k - 1); p == "it" || p == "this" || p == "that" {
			return true
		}
	}
	label := s.labelling[d.TokenNorm(k)]
	if !label && k > lo {
		label = s.labelling[d.TokenNorm(k-1)+" "+d.TokenNorm(k)]
		k--
	}
	if !label {
		return false
	}
	for j := k - 1; j >= lo && j >= k-4; j-- {
		if d.TokenNorm(j) == "what" {
			return true
		}
	}
	return false
}

// inFigure reports whether sp lies between a figure and its people:
// "some 500,000 displaced people" names a population, not a flight.
func inFigure(d *doc.Doc, sp doc.Span) bool {
	return inQuantity(d, sp, func(q doc.Quantity) bool { return q.Figure.End <= sp.Start && sp.End <= q.Span.End })
}

// victimNoun reports whether sp lies in the victims' words of a figure:
// "3 protesters" killed, wounded or arrested.
func victimNoun(d *doc.Doc, sp doc.Span) bool {
	return inQuantity(d, sp, func(q doc.Quantity) bool { return !q.WhoSpan.Empty() && q.WhoSpan.Contains(sp) })
}

// inQuantity reports whether a figure whose words cover the start of sp
// holds sp as part says.
func inQuantity(d *doc.Doc, sp doc.Span, part func(doc.Quantity) bool) bool {
	i := sort.Search(len(d.Quantities), func(i int) bool { return d.Quantities[i].Span.End > sp.Start })
	for ; i < len(d.Quantities) && d.Quantities[i].Span.Start <= sp.Start; i++ {
		if part(d.Quantities[i]) {
			return true
		}
	}
	return false
}

// refines reports whether figure now is a number for a count that figure
// was only put in words: "at least seven soldiers" after "several
// soldiers" (both valid).
func refines(d *doc.Doc, was, now doc.Index) bool {
	return d.Quantities[was.Get()].Vague && !d.Quantities[now.Get()].Vague
}

// storming reports whether w is a verb of storming or overrunning:
// "stormed", "storming", "overran", "overrun".
func storming(w string) bool {
	return strings.HasPrefix(w, "storm") || strings.HasPrefix(w, "overr")
}

// buildingAfter reports whether, after "stormed", a building's or an
// outpost's noun follows token i within four words of its clause. (What is
// captured or seized is taken: "the fighters captured government
// buildings and prisons" goes on with the capture of the city.)
func (s *Stage) buildingAfter(d *doc.Doc, i, hi int, stormed bool) bool {
	for k := i; k < hi && k < i+5; k++ {
		if w := d.TokenNorm(k); stormed && (s.buildings[w] || s.outposts[w]) {
			return true
		}
		if d.Tokens[k].Kind == doc.Punct && d.TokenNorm(k) != "-" {
			return false
		}
	}
	return false
}

// arrestsProtesters reports whether tokens [lo, hi) hold an arrest whose
// object is protesters, or made at the protest: "police arrested 15
// protesters", "arrested 20 supporters during a rally", not "police
// arrested Imran Khan, sparking protests".
func (s *Stage) arrestsProtesters(d *doc.Doc, lo, hi int) bool {
	for i := lo; i < hi; i++ {
		if !s.first.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, t := range s.byFirst[d.TokenNorm(i)] {
			if t.sub != "Arrests" {
				continue
			}
			end, ok := s.match(d, i, hi, t.words)
			if !ok {
				continue
			}
			at := d.Tokens[min(end, hi-1)].Span.Start
			for _, a := range d.Actors {
				if a.Type == "protesters" && a.Span.Start >= at && a.Span.Start-at <= 24 {
					return true
				}
			}
			// Arrested at the protest: "police arrested 20 opposition
			// supporters in Dhaka during a rally"; or for it: "arrested 18
			// supporters of the PTI who gathered to demand …".
			for k := end; k < hi; k++ {
				if w := d.TokenNorm(k); w != "during" && w != "at" && w != "who" {
					continue
				}
				for j := k + 1; j < hi && j <= k+3; j++ {
					for _, p := range s.byFirst[d.TokenNorm(j)] {
						if p.typ == "Protests" {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// phrase returns the folded words of a lexicon phrase.
func phrase(text string) []string {
	toks, norm := tokenize.Tokens(text, nil)
	words := make([]string, 0, len(toks))
	for _, t := range toks {
		words = append(words, t.Norm.In(norm))
	}
	return words
}

// inForce reports whether the trigger at token i, of sub-event sub, is
// preceded within its clause by one of the sub-event's standing phrases,
// a few words apart at most ("in violation of a Russian-brokered
// cease-fire").
func (s *Stage) inForce(d *doc.Doc, lo, i int, sub string) bool {
	list := s.standing[sub]
	if len(list) == 0 {
		return false
	}
	for end := i; end > lo && end >= i-4; end-- {
		if end < i && d.Tokens[end].Kind == doc.Punct && d.TokenNorm(end) != "-" {
			return false
		}
		for _, w := range list {
			if end-len(w) >= lo {
				if k, ok := s.match(d, end-len(w), end, w); ok && k == end {
					return true
				}
			}
		}
	}
	return false
}

func (*Stage) Name() string { return Name }
func (*Stage) Requires() []doc.Layer {
	return []doc.Layer{doc.LayerText, doc.LayerArticles, doc.LayerSentences, doc.LayerTokens, doc.LayerDates,
		doc.LayerQuantities, doc.LayerPlaces, doc.LayerActors, doc.LayerAttribution}
}
func (*Stage) Assigns() []doc.Layer { return []doc.Layer{doc.LayerEvents} }

// chemical is the sub-event that absorbs the delivery it rode on.
const chemical = "Chemical weapon"

// found is a trigger in the text.
type found struct {
	t          trigger
	start, end int // tokens
}

// Process fills d.Events.
func (s *Stage) Process(_ context.Context, d *doc.Doc) error {
	d.Events = d.Events[:0]
	var kills []bool // events made by a bare verb of killing
	for si, st := range d.Sents {
		if st.Article < 0 {
			continue
		}
		lo, hi := d.TokensIn(st.Span)
		best, ok := s.bestTrigger(d, lo, hi, fatalAt(d, st.Span))
		// The sentence's first deed is the one before a clause of another
		// actor's, however it ranks, when an armed actor does it there:
		// "RSF shelled a camp …, killing 40, as the army carried out air
		// strikes on RSF positions" tells the shelling first and the
		// strikes second (secondClause). (Not a doerless word: "50 rebels
		// were killed in fighting … as ISIL overran a town" is ISIL's.)
		if ok && best.start > lo && s.anyClauseWord(d, lo, best.start) {
			// (Even a weak word's deed, before "hours after" another:
			// "the Houthis said they attacked a commercial ship …, hours
			// after U.S. and British warplanes struck Houthi sites".)
			if _, chi := s.clauseOf(d, st, lo, hi); chi < hi && best.start >= chi {
				if f, ok := s.bestTrigger(d, lo, chi, fatalAt(d, st.Span)); ok && (!f.t.weak || d.TokenNorm(chi) == "after") && !f.t.kill && s.armedIn(d, lo, f.start) {
					best = f
				}
			}
		}
		if !ok {
			if s.toll(d, si) {
				kills = append(kills, false)
			}
			s.reprisalDeed(d, si, hi, found{end: lo}, &kills)
			continue
		}
		if e, ok := s.build(d, si, lo, hi, best); ok {
			// "The strikes hit a residential building": the deed just told,
			// told again; its details join it.
			// "The army said 12 soldiers were killed": a bare killing with
			// no place or day of its own, told after a deed, is another
			// count of that deed — its place and day, so the record can set
			// the two figures side by side.
			// So is a deed of the same kind by the same actor, told with its
			// own count and no place or day ("The army said … the RSF had
			// committed a massacre and killed 130 civilians").
			if n := len(d.Events); n > 0 && e.PlaceFrom != "sentence" && !ownDay(d, st, &e) &&
				(best.t.kill && !thirdSide(d, &d.Events[n-1], &e) || sameDoer(d, &d.Events[n-1], &e)) {
				if o := d.Events[n-1]; o.Article == e.Article && violent(o.Type) && e.Fatalities.Valid() && o.Fatalities.Valid() {
					e.Place, e.PlaceFrom = o.Place, "paragraph"
					e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan
				}
			}
			if !s.retold(d, st, lo, best, &e) {
				d.Events = append(d.Events, e)
				// A bare killing, or a weak word with no figure of its own
				// ("the attack hit a ceremony"), retells a deed near it.
				kills = append(kills, best.t.kill || best.t.weak && !e.Fatalities.Valid() && len(e.Affected) == 0)
				if s.rivalCount(d, st.Span) {
					kills = append(kills, false)
				}
			} else if n := len(d.Events); n > 0 && slices.Contains(d.Events[n-1].Evidence, st.Span) && s.rivalCount(d, st.Span) {
				// (a retelling that gave the deed its count, and another
				// source's beside it)
				kills = append(kills, false)
			}
		} else if best.t.kill && s.toll(d, si) {
			kills = append(kills, false)
		}
		s.secondClause(d, si, hi, best, &kills)
		s.reprisalDeed(d, si, hi, best, &kills)
	}
	s.merge(d, kills)
	// A pattern is not an event: "rebels regularly fire rockets into the
	// capital" (restatements of a deed it joined are kept by the deed).
	// Nor is a deed said not to have happened at all: "No arrests were
	// reported"; nor one an anniversary counts from (background).
	d.Events = slices.DeleteFunc(d.Events, func(e doc.Event) bool {
		return e.Modality == "habitual" || e.Modality == "none" || e.Modality == "background"
	})
	s.specify(d)
	s.claimed(d)
	s.blamed(d)
	s.inherit(d)
	noneKilled(d)
	// One side is not both, after merging and claims too; and no armed
	// group flies an air strike's planes (see stateInAir).
	for i := range d.Events {
		e := &d.Events[i]
		s.stateInAir(d, e)
		deadlyIntervention(d, e)
		if e.Actor1.Valid() && e.Actor2.Valid() && d.Actors[e.Actor1.Get()].Name == d.Actors[e.Actor2.Get()].Name {
			e.Actor2 = 0
			s.civilDeadAgain(d, e)
		}
	}
	sortActors(d)
	return nil
}

// deadlyIntervention makes a protest the state's forces broke up, with
// dead counted in its telling, excessive force against it, as ACLED codes
// it: "police fired tear gas and rubber bullets to disperse opposition
// supporters protesting in Maputo … At least 3 protesters were killed" —
// the force acts, on the protesters. (The toll of the next sentence joins
// the protest after the sentence's own reading, so this looks again.)
func deadlyIntervention(d *doc.Doc, e *doc.Event) {
	if e.Subtype != "Protest with intervention" || !e.Fatalities.Valid() || d.Quantities[e.Fatalities.Get()].Role == "aggregate" {
		return
	}
	switch {
	case isType(d, e.Actor2, "state"):
		e.Actor1, e.Actor2 = e.Actor2, e.Actor1
	case isType(d, e.Actor1, "state"):
	default:
		return
	}
	e.Subtype = "Excessive force against protesters"
}

// noneKilled gives a deed that counts no dead the figure of none told in
// its sentence or the next of its paragraph: "Hezbollah fired rockets at
// Shtula. No casualties were reported." — zero dead, as the text says,
// where otherwise the count stays unknown. (Not a sentence another deed
// was told in, nor a deed of no violence.)
func noneKilled(d *doc.Doc) {
	for k, q := range d.Quantities {
		if q.Class != "none" || !q.Sent.Valid() {
			continue
		}
		si := int(q.Sent.Get())
		sent := d.Sents[si]
		var found []*doc.Event
		for i := range d.Events {
			e := &d.Events[i]
			if slices.ContainsFunc(e.Evidence, func(ev doc.Span) bool { return ev.Contains(q.Span) }) {
				found = append(found[:0], e)
				break
			}
			// the next sentence of its paragraph: "… shelled Kansafra. No
			// casualties were reported." (of every deed told there)
			if last := e.Evidence[len(e.Evidence)-1]; si > 0 && d.Sents[si-1].Span == last && d.Sents[si-1].Para == sent.Para {
				found = append(found, e)
			}
		}
		for _, e := range found {
			if e.Fatalities.Valid() || len(e.MoreFatal) > 0 {
				found = nil // a deed told there counts its dead
				break
			}
		}
		for _, e := range found {
			if e.Type != "Strategic developments" && e.Subtype != "Peaceful protest" {
				e.Fatalities = doc.MakeIndex(k)
			}
		}
	}
}

// claimed makes a group that owns an attack ("Al Shabaab claimed
// responsibility") the perpetrator of its paragraph's events that name
// none, or only an unidentified group.
func (s *Stage) claimed(d *doc.Doc) {
	if len(d.Events) == 0 {
		return
	}
	for i := range d.Tokens {
		if !s.claimFirst.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, c := range s.claims {
			end, ok := s.match(d, i, len(d.Tokens), c)
			if !ok {
				continue
			}
			// ("claims the double suicide bomb attack": a deed named
			// within a few words; not "claimed the lives of 5", a toll,
			// nor "claimed the army carried out", a charge.)
			if c[len(c)-1] == "the" && !s.triggerIn(d, end, min(end+4, len(d.Tokens)), func(t trigger) bool { return violent(t.typ) }) {
				continue
			}
			si := d.SentAt(d.Tokens[i].Span.Start)
			if si >= len(d.Sents) {
				return
			}
			st := d.Sents[si]
			// The claimant: the last armed actor before the phrase, and
			// before an apposition that ends right there ("The Freedom of
			// Russia Legion, a group of Russian citizens fighting for
			// Ukraine, claimed responsibility").
			claimant := func(limit int32) doc.Index {
				who := doc.Index(0)
				for k, a := range d.Actors {
					// (A group named by a generic alias counts: "The
					// Islamic State claimed the attack"; an unidentified
					// one does not.)
					if a.Span.Start >= st.Span.Start && a.Span.End <= limit && a.Type != "civilians" && a.Type != "media" && (!a.Generic || armed(a.Type) && !unidentified(a)) {
						who = doc.MakeIndex(k)
					}
				}
				return who
			}
			who := doc.Index(0)
			if first, _ := d.TokensIn(st.Span); i > first && d.TokenNorm(i-1) == "," {
				for k := i - 2; k > first; k-- {
					if d.TokenNorm(k) == "," {
						who = claimant(d.Tokens[k].Span.Start)
						break
					}
				}
			}
			if !who.Valid() {
				who = claimant(d.Tokens[i].Span.Start) // (none before it: the apposition's)
			}
			if !who.Valid() {
				break
			}
			// The deeds the claim is about: those told in its paragraph or
			// the two before ("The al-Qaida-linked al-Shabab extremist group
			// claimed responsibility for the attack", a paragraph after the
			// bombing and the siege).
			var days [][2]doc.Day // the claimed deeds' days
			for k := range d.Events {
				e := &d.Events[k]
				if e.Article != int(st.Article) || !claimable(e) || !claimReach(d, e, st) {
					continue
				}
				days = append(days, [2]doc.Day{e.DateStart, e.DateEnd})
				claim(d, e, who)
			}
			// A claim of several deeds ("claimed responsibility for the
			// attacks") also owns those told after it in the next two
			// paragraphs on the same days by unnamed gunmen.
			if !s.pluralDeeds(d, end, st) {
				break
			}
			for k := range d.Events {
				e := &d.Events[k]
				if e.Article != int(st.Article) || !claimable(e) || e.Evidence[0].Start < st.Span.End || e.Actor1.Valid() && !unidentified(d.Actors[e.Actor1.Get()]) {
					continue
				}
				if p := paraAt(d, e.Evidence[0].Start); p < 0 || p-st.Para > 2 {
					continue
				}
				for _, dy := range days {
					if e.DateStart != 0 && e.DateStart <= dy[1] && dy[0] <= e.DateEnd {
						claim(d, e, who)
						break
					}
				}
			}
			break
		}
	}
}

// toll gives the figure of the dead in sentence si, which names no deed,
// to the event just before it in the paragraph when that one counts
// none: "Russian forces carried out air strikes on Mariupol. Officials
// reported that at least 20 people were killed." Another source's
// different count of it is a report of its own, appended (added).
func (s *Stage) toll(d *doc.Doc, si int) (added bool) {
	st := d.Sents[si]
	var fatal doc.Index
	for k, q := range d.Quantities {
		if q.Span.Start >= st.Span.Start && q.Span.End <= st.Span.End && q.Class == "fatal" && q.Role != "part" && q.Role != "aggregate" {
			fatal = doc.MakeIndex(k)
			break
		}
	}
	if !fatal.Valid() || len(d.Events) == 0 {
		return false
	}
	// The deed told last: the last made, or one of the two before it
	// that a later sentence retold ("… the shells hit the Abu Shouk camp.
	// Medical sources put the death toll at 27").
	e := &d.Events[len(d.Events)-1]
	for k := len(d.Events) - 2; k >= 0 && k >= len(d.Events)-3; k-- {
		if o := &d.Events[k]; o.Evidence[len(o.Evidence)-1].Start > e.Evidence[len(e.Evidence)-1].Start {
			e = o
		}
	}
	// The deed at the place the toll names: "The opposition Local
	// Coordination Committees put the death toll in Darayya at 21", after
	// another deed in Damascus was told.
	for _, p := range d.Places {
		if p.Kind != "place" || p.Span.Start < st.Span.Start || p.Span.End > st.Span.End {
			continue
		}
		for k := len(d.Events) - 1; k >= 0 && k >= len(d.Events)-3; k-- {
			if o := &d.Events[k]; o.Article == int(st.Article) && o.Place.Valid() && d.Places[o.Place.Get()].ID == p.ID && violent(o.Type) {
				e = o
				break
			}
		}
		break
	}
	// A toll at a town of its own, apart from the deed's, in a story of
	// several strikes: "Four people were killed in the southern city of
	// Mykolaiv" after a missile hit Dnipro is Mykolaiv's strike, of the
	// deed's kind and by its doer.
	if k, ok := tollElsewhere(d, st, e); ok && violent(e.Type) && e.Article == int(st.Article) {
		q := d.Quantities[fatal.Get()]
		c := *e
		c.Place, c.PlaceFrom = k, "sentence"
		c.Fatalities, c.Victims, c.MoreFatal = fatal, q.Who, coordinated(d, fatal, st.Span)
		c.Source, c.Evidence, c.Affected = attrib.Covering(d, q.Span), []doc.Span{st.Span}, nil
		if c.Actor2 = victims(d, &c, st); !c.Actor2.Valid() {
			c.Actor2 = e.Actor2
		}
		d.Events = append(d.Events, c)
		return true
	}
	// Looting by armed men that killed civilians, told next in its
	// paragraph, is an attack on them (a killing outranks the looting):
	// "RSF fighters looted and burned the market … 2 traders were
	// killed".
	lootKill := e.Subtype == "Looting/property destruction" && !e.Fatalities.Valid() && e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type) &&
		d.Quantities[fatal.Get()].Civilian == "civilian" && paraAt(d, e.Evidence[len(e.Evidence)-1].Start) == st.Para
	if (e.Type == "Strategic developments" || e.Subtype == "Peaceful protest") && !lootKill {
		return false
	}
	// The paragraph of the deed's latest telling ("The attack on Pazigyi
	// village came as ..." retells the lead's strike).
	last := paraAt(d, e.Evidence[len(e.Evidence)-1].Start)
	q := d.Quantities[fatal.Get()]
	src := attrib.Covering(d, q.Span)
	// (The next paragraph's toll is the deed's when it is another count,
	// or the first, told by no one else: "The Wad Madani Resistance
	// Committee said RSF fighters stormed Wad al-Noura … ¶ The committee
	// put the death toll at 104".)
	ownCount := !src.Valid() || e.Source.Valid() && d.Sources[src.Get()].Name == d.Sources[e.Source.Get()].Name
	if e.Article != int(st.Article) || last < 0 || last != st.Para && !((e.Fatalities.Valid() || ownCount) && last+1 == st.Para) {
		return false
	}
	// Nor is a sentence of another day's: in a digest of notes, "On 1
	// April 2024, Wagner Group and FAMa forces carried out an operation
	// …, resulting in 5 fatalities" is not the toll of the note before.
	if e.DateStart != 0 {
		for _, t := range d.Dates {
			if t.Span.Start >= st.Span.Start && t.Span.End <= st.Span.End && t.Start != 0 && !t.Told && (t.End < e.DateStart || t.Start > e.DateEnd) {
				return false
			}
		}
	}
	if e.Fatalities.Valid() {
		samePara := last == st.Para
		if also(d, st.Span, q.Span) {
			if !samePara {
				return false
			}
			// "3 Taliban were also killed": more dead of the same deed.
			if !slices.Contains(e.MoreFatal, fatal) {
				e.MoreFatal = append(e.MoreFatal, fatal)
				e.MoreFatal = append(e.MoreFatal, coordinated(d, fatal, st.Span)...)
				e.Evidence = append(e.Evidence, st.Span)
				return false
			}
		}
		// "The National Unity Government put the toll at more than 100",
		// in the same paragraph or the next: another source's count of
		// the same deed, a report of its own for the record to set beside
		// the first.
		// Other people's dead, told by the same teller, are more dead
		// of the deed: "all 33 attackers were killed. Twenty-one hostages
		// and four soldiers died, it said."
		// (The publisher's own voice for both is one teller too: an
		// ACLED note's "killing 16 soldiers. 8 militants were killed in
		// the ensuing firefight".)
		oneTeller := sameTeller(d, src, e.Source)
		if samePara && oneTeller && e.Victims != "" && q.Who != "" && q.Who != "people" && e.Victims != "people" && q.Who != e.Victims && !slices.Contains(e.MoreFatal, fatal) {
			e.MoreFatal = append(e.MoreFatal, fatal)
			e.MoreFatal = append(e.MoreFatal, coordinated(d, fatal, st.Span)...)
			e.Evidence = append(e.Evidence, st.Span)
			return false
		}
		// The same teller's number for a count it first gave in words is
		// the count: "killing several soldiers, a security official said.
		// … He said at least seven soldiers were killed."
		if oneTeller && refines(d, e.Fatalities, fatal) && (q.Who == e.Victims || q.Who == "") {
			e.Fatalities, e.Victims, e.MoreFatal = fatal, q.Who, coordinated(d, fatal, st.Span)
			e.Evidence = append(e.Evidence, st.Span)
			return false
		}
		if src.Valid() && src != e.Source && !oneTeller && q.Stated != statedDead(d, e) {
			c := *e
			c.Fatalities, c.Victims, c.MoreFatal = fatal, q.Who, coordinated(d, fatal, st.Span)
			c.Source, c.Evidence = src, []doc.Span{st.Span}
			c.Affected = nil
			d.Events = append(d.Events, c)
			return true
		}
		return false
	}
	e.Fatalities, e.Victims = fatal, q.Who
	e.MoreFatal = coordinated(d, fatal, st.Span)
	e.Evidence = append(e.Evidence, st.Span)
	// A village attacked by one side, with the dead told next not named
	// as fighters: "Israeli settlers attacked Al-Mughayyir village. A
	// Palestinian was killed."
	if e.Subtype == "Armed clash" && !e.Actor2.Valid() && e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type) && q.Civilian != "combatant" {
		if lo, hi := d.TokensIn(e.Trigger); hi > lo {
			_, shi := d.TokensIn(d.Sents[d.SentAt(e.Trigger.Start)].Span)
			lootKill = lootKill || s.placeAfter(d, hi, shi)
		}
	}
	if lootKill {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
		if !e.Actor2.Valid() {
			e.Actor2 = victims(d, e, st)
		}
	}
	// (Not a suicide bomber's own death.)
	if (e.Subtype == "Armed clash" || e.Type == "Explosions/Remote violence" && e.Subtype != "Suicide bomb") && !e.Actor2.Valid() {
		e.Actor2 = victims(d, e, st) // "12 soldiers were killed": their side
	}
	// (The figure's teller: "Medical sources at the Saudi hospital said
	// they had received 31 bodies" after the shelling a committee told.)
	if src.Valid() || !e.Source.Valid() {
		e.Source = src
	}
	return s.rivalCount(d, st.Span)
}

// tollElsewhere returns the town that sentence st, a toll, names apart
// from deed e's place: in e's country, neither inside e's place nor
// holding it, and not where a source sits.
func tollElsewhere(d *doc.Doc, st doc.Sent, e *doc.Event) (doc.Index, bool) {
	if !e.Place.Valid() || e.PlaceFrom != "sentence" {
		return 0, false
	}
	own := d.Places[e.Place.Get()]
	if own.Precision == "country" || own.Precision == "world-region" {
		return 0, false
	}
	for k, p := range d.Places {
		if p.Kind != "place" || p.Span.Start < st.Span.Start || p.Span.End > st.Span.End || inSource(d, p.Span) || based(d, p.Span) || sourceSeat(d, p.Span) {
			continue
		}
		k := doc.MakeIndex(k)
		// (Past the region that holds both: "Elsewhere in Eastern Ghouta
		// another child was killed in Harasta", after Douma's toll.)
		if p.Country == own.Country && (p.Precision == "region" && p.Admin1 == own.Admin1 || within(d, e.Place, k)) {
			continue
		}
		if p.Country != own.Country || p.Precision == "country" || p.Precision == "region" || p.ID == own.ID || within(d, k, e.Place) {
			return 0, false
		}
		return k, true
	}
	return 0, false
}

// sourceSeat reports whether the place at sp is where a source sits, told
// right after it: "The Resistance Committees in Wad Madani said the death
// toll had reached 150" is no toll of Wad Madani.
func sourceSeat(d *doc.Doc, sp doc.Span) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.Start })
	if i < 2 {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "in", "at", "from":
	default:
		return false
	}
	for _, s := range d.Sources {
		if s.Span.End == d.Tokens[i-2].Span.End {
			return true
		}
	}
	return false
}

// objectOf reports what the words after an object trigger name, up to
// six words on: "weapon", "property" or "".
func (s *Stage) objectOf(d *doc.Doc, from, hi int) string {
	for k := from; k < hi && k < from+6; k++ {
		w := d.TokenNorm(k)
		switch {
		case s.weapons[w]:
			return "weapon"
		case s.property[w] || s.buildings[w]:
			return "property"
		case s.bases[w]:
			return "base"
		case w == "," || w == ".":
			return ""
		}
	}
	return ""
}

// pursued reports whether the actor at sp is the object of a purpose
// still to be met: "to pursue the attackers", "to hunt down the gunmen".
func pursued(d *doc.Doc, sp doc.Span) bool {
	i := tokenBefore(d, sp.Start, true)
	for k := i; k >= 1 && k >= i-2; k-- {
		if d.TokenNorm(k-1) == "to" {
			switch d.TokenNorm(k) {
			case "pursue", "hunt", "track", "find", "catch", "arrest", "capture", "apprehend", "flush", "locate":
				return true
			}
		}
	}
	return false
}

// stateInAir makes an armed group named as the doer of an air strike its
// target, the striker unnamed: air strikes are a state's, unless a drone
// is named.
func (s *Stage) stateInAir(d *doc.Doc, e *doc.Event) {
	if e.Subtype != "Air/drone strike" || !e.Actor1.Valid() {
		return
	}
	// (A drone's, in its trigger or just before: "used drones to drop
	// bombs".)
	if lo, hi := d.TokensIn(e.Trigger); anyIn(d, s.drones, max(0, lo-4), hi) {
		return
	}
	// (Or one its story told it flew: "Drones struck Port Sudan … The
	// army blamed the RSF … An attack on Sunday hit the city's airport".)
	for k := range d.Events {
		if o := &d.Events[k]; o != e && o.Article == e.Article && o.Subtype == e.Subtype && o.Actor1.Valid() && d.Actors[o.Actor1.Get()].Name == d.Actors[e.Actor1.Get()].Name {
			if lo, hi := d.TokensIn(o.Trigger); anyIn(d, s.drones, max(0, lo-4), hi) {
				return
			}
		}
	}
	switch d.Actors[e.Actor1.Get()].Type {
	case "rebel", "political militia", "identity militia":
		if !e.Actor2.Valid() {
			e.Actor2 = e.Actor1
		}
		e.Actor1 = 0
	}
}

// anyIn reports whether a word of set stands in tokens [lo, hi): a
// crowd's word before the deed ("students clashed"), a population's in
// its sentence ("families fled").
func anyIn(d *doc.Doc, set map[string]bool, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if set[d.TokenNorm(k)] {
			return true
		}
	}
	return false
}

// combatantsHit reports whether the dead or hurt of e are combatants: by
// who they are ("5 policemen", "23 DAESH members"; not "a former
// fighter"), or, with no count, by the armed side acted on ("killing
// and injuring many terrorists").
func combatantsHit(d *doc.Doc, e *doc.Event) bool {
	combatants := false
	switch e.Victims {
	case "soldiers", "fighters", "police", "militants", "rebels", "troops", "guards":
		combatants = true
	}
	if e.Fatalities.Valid() {
		switch d.Quantities[e.Fatalities.Get()].Civilian {
		case "combatant":
			combatants = true
		case "civilian":
			combatants = false
		}
	}
	if !e.Fatalities.Valid() && e.Actor2.Valid() && armed(d.Actors[e.Actor2.Get()].Type) {
		combatants = true
	}
	return combatants
}

// fightersDead reports whether the dead e counts are combatants.
func fightersDead(d *doc.Doc, e *doc.Event) bool {
	return e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Civilian == "combatant"
}

// demonymJustBefore reports whether a demonym of a's own country stands
// right before it: "Ukrainian shelling".
func demonymJustBefore(d *doc.Doc, a doc.ActorMention) bool {
	for _, p := range d.Places {
		if p.Kind == "demonym" && p.Precision == "country" && p.Country == a.Country && p.Span.End <= a.Span.Start && strings.TrimSpace(d.Text[p.Span.End:a.Span.Start]) == "" {
			return true
		}
	}
	return false
}

// civilDead names the civilians e's other side when e is a bombing or
// strike on a market, a mosque, a school, a bakery in part of sentence st
// with no other side: its dead of unknown status are civilians, as ACLED
// names them ("a car bomb exploded near a busy market …, killing at least
// 27 people").
func (s *Stage) civilDead(d *doc.Doc, e *doc.Event, part doc.Span, st doc.Sent) {
	if !e.Actor2.Valid() && e.Type == "Explosions/Remote violence" && e.Fatalities.Valid() {
		if q := d.Quantities[e.Fatalities.Get()]; q.Civilian == "unknown" && s.atCivilSite(d, part) {
			e.Actor2 = genericOn(d, q.Span, st, "Civilians", "civilians")
		}
	}
}

// civilDeadAgain is civilDead over e's first sentence, for a deed whose
// other side was taken for its doer: blamed after the deed, the doer was
// read as its target ("A drone strike on a crowded market … killed at
// least 54 people …, blaming the paramilitary Rapid Support Forces").
func (s *Stage) civilDeadAgain(d *doc.Doc, e *doc.Event) {
	if e.Actor2.Valid() {
		return
	}
	if si := d.SentAt(e.Evidence[0].Start); si < len(d.Sents) {
		s.civilDead(d, e, d.Sents[si].Span, d.Sents[si])
	}
}

// atCivilSite reports whether sp names a place of civilian life: a
// market, a mosque, a school (data: civilsite).
func (s *Stage) atCivilSite(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	for i := lo; i < hi; i++ {
		if s.civilSites[d.TokenNorm(i)] {
			return true
		}
	}
	return false
}

// definiteWeapon reports whether sp names a weapon already told: "the
// missile", "the drones", "the rockets".
func definiteWeapon(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	for i := lo; i+1 < hi; i++ {
		if w := d.TokenNorm(i); w == "the" || w == "both" || w == "all" {
			switch d.TokenNorm(i + 1) {
			case "missile", "missiles", "drone", "drones", "rocket", "rockets", "projectile", "projectiles":
				return true
			}
		}
	}
	return false
}

// rivalCount adds, beside the event just made, another source's count
// of its dead in the same sentence — "A resident said he counted 25
// bodies after the attack, while police put the toll at 12" — as a report
// of its own, for the record to set beside the first. A count of other
// dead ("3 militants were also killed"), or of other victims, is none.
func (s *Stage) rivalCount(d *doc.Doc, sent doc.Span) bool {
	e := &d.Events[len(d.Events)-1]
	if !e.Fatalities.Valid() || !e.Source.Valid() {
		return false
	}
	for k, q := range d.Quantities {
		ix := doc.MakeIndex(k)
		if !sent.Contains(q.Span) || q.Class != "fatal" || q.Role == "part" || q.Role == "aggregate" ||
			ix == e.Fatalities || slices.Contains(e.MoreFatal, ix) || q.Who != "" && e.Victims != "" && q.Who != e.Victims ||
			q.Stated == statedDead(d, e) || also(d, sent, q.Span) {
			continue
		}
		src := attrib.Covering(d, q.Span)
		if !src.Valid() || d.Sources[src.Get()].Name == d.Sources[e.Source.Get()].Name {
			continue
		}
		// A deed of its own between is no second count of this one:
		// "…, while air strikes on the besieged eastern districts killed
		// 30, according to the Observatory".
		if f := d.Quantities[e.Fatalities.Get()].Span; f.End < q.Span.Start {
			lo, _ := d.TokensIn(doc.Span{Start: f.End, End: q.Span.Start})
			_, hi := d.TokensIn(doc.Span{Start: f.End, End: q.Span.Start})
			if lo < hi {
				if f, ok := s.bestTrigger(d, lo, hi, -1); ok && !f.t.weak && !f.t.kill {
					continue
				}
			}
		}
		c := *e
		c.Fatalities, c.MoreFatal = ix, coordinated(d, ix, sent)
		if q.Who != "" {
			c.Victims = q.Who
		}
		c.Source, c.Evidence, c.Affected = src, []doc.Span{sent}, nil
		d.Events = append(d.Events, c)
		return true
	}
	return false
}

// qualified reports whether a country's name or demonym stands in the
// actor's words ("Israeli forces", "Russia's military").
func qualified(d *doc.Doc, sp doc.Span) bool { return qualifier(d, sp) != "" }

// qualifier returns the country whose name or demonym stands in the
// actor's words, or "".
func qualifier(d *doc.Doc, sp doc.Span) string {
	for _, p := range d.Places {
		if p.Span.Start >= sp.Start && p.Span.End <= sp.End && p.Precision == "country" {
			return p.Country
		}
	}
	return ""
}

// claimable reports whether a group can own event e by a claim: a deed
// of violence, or the destruction wrought with it ("They also set fire to
// 10 vehicles").
func claimable(e *doc.Event) bool {
	return violent(e.Type) || e.Subtype == "Looting/property destruction"
}

// claim makes the claimant who the unidentified armed side of e: its doer
// when it names none or an unidentified one, else the unidentified side
// it fought ("Six militants … were killed in a firefight" by the army,
// then "Tehreek-e-Jihad Pakistan claimed responsibility").
func claim(d *doc.Doc, e *doc.Event, who doc.Index) {
	switch {
	case !e.Actor1.Valid() || unidentified(d.Actors[e.Actor1.Get()]):
		setDoer(e, who)
	case !e.Actor2.Valid() && stateSide(d.Actors[e.Actor1.Get()].Type) && !stateSide(d.Actors[who.Get()].Type):
		// "a roadside bomb targeting a police vehicle … BLA claimed
		// responsibility": the state's forces were the target.
		e.Actor1, e.Actor2 = who, e.Actor1
	case e.Actor2.Valid() && unidentified(d.Actors[e.Actor2.Get()]) && d.Actors[e.Actor1.Get()].Name != d.Actors[who.Get()].Name:
		e.Actor2 = who
	}
}

// attackersAfter returns the armed actor that opens a clause of "after"
// or "when" following the trigger at trig in its sentence: who did what
// left the dead found.
func attackersAfter(d *doc.Doc, trig, sent doc.Span) (doc.Index, bool) {
	lo, hi := d.TokensIn(doc.Span{Start: trig.End, End: sent.End})
	for i := lo; i < hi; i++ {
		switch d.TokenNorm(i) {
		case "after", "when", "following":
		default:
			continue
		}
		for k, a := range d.Actors {
			if a.Span.Start < d.Tokens[i].Span.End || a.Span.Start > d.Tokens[min(i+3, hi-1)].Span.Start {
				continue
			}
			if armed(a.Type) && !unidentified(a) {
				return doc.MakeIndex(k), true
			}
		}
		return 0, false
	}
	return 0, false
}

// stateSide reports whether an actor type is a state's forces.
func stateSide(typ string) bool { return typ == "state" || typ == "external" }

// setDoer makes who the doer of e, and no longer its other side.
func setDoer(e *doc.Event, who doc.Index) {
	e.Actor1 = who
	if e.Actor2 == who {
		e.Actor2 = 0
	}
}

// pluralDeeds reports whether the claim ending at token i is of several
// deeds: "for the attacks", "for both bombings" — a trigger in the plural.
func (s *Stage) pluralDeeds(d *doc.Doc, i int, st doc.Sent) bool {
	lo, hi := d.TokensIn(st.Span)
	if i < lo || i >= hi || d.TokenNorm(i) != "for" {
		return false
	}
	for k := i + 1; k < hi && k <= i+3; k++ {
		w := d.TokenNorm(k)
		if s.first.Has(d.Tokens[k].Hash) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true
		}
		if d.Tokens[k].Kind != doc.Word {
			return false
		}
	}
	return false
}

// claimReach reports whether event e is told before the claim in sentence
// st, in its paragraph or one of the two before it (a later retelling
// does not matter).
func claimReach(d *doc.Doc, e *doc.Event, st doc.Sent) bool {
	last := int32(-1)
	for _, ev := range e.Evidence {
		if ev.Start <= st.Span.Start {
			last = max(last, ev.Start)
		}
	}
	if last < 0 {
		return false
	}
	p := paraAt(d, last)
	return p >= 0 && p <= st.Para && st.Para-p <= 2
}

// statedDead is the count of the dead e states: its figure and those
// told with it ("a senior commander and two other fighters": 3).
func statedDead(d *doc.Doc, e *doc.Event) int64 {
	n := d.Quantities[e.Fatalities.Get()].Stated
	for _, k := range e.MoreFatal {
		n += d.Quantities[k.Get()].Stated
	}
	return n
}

// sortActors puts the actors nationalForces added back in text order,
// the order every layer keeps, and renumbers the events' references.
func sortActors(d *doc.Doc) {
	if sort.SliceIsSorted(d.Actors, func(i, j int) bool { return d.Actors[i].Span.Start < d.Actors[j].Span.Start }) {
		return
	}
	order := make([]int, len(d.Actors))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return d.Actors[order[i]].Span.Start < d.Actors[order[j]].Span.Start })
	where := make([]int, len(order))
	sorted := make([]doc.ActorMention, len(order))
	for to, from := range order {
		where[from] = to
		sorted[to] = d.Actors[from]
	}
	copy(d.Actors, sorted)
	renumber := func(x doc.Index) doc.Index {
		if !x.Valid() {
			return x
		}
		return doc.MakeIndex(where[x.Get()])
	}
	for i := range d.Events {
		d.Events[i].Actor1 = renumber(d.Events[i].Actor1)
		d.Events[i].Actor2 = renumber(d.Events[i].Actor2)
	}
}

// fatalAt returns the offset of the first figure of the dead in sent, or
// -1.
func fatalAt(d *doc.Doc, sent doc.Span) int32 {
	for _, q := range d.Quantities {
		if q.Class == "fatal" && q.Span.Start >= sent.Start && q.Span.End <= sent.End && !motive(d, q.Span) {
			return q.Span.Start
		}
	}
	return -1
}

// bestTrigger returns the trigger of tokens [lo, hi) that makes the
// event: a strong one over a weak one; when the sentence counts dead
// (at offset fatal), the one nearest the figure — the deed that killed;
// else the highest in ACLED's order.
func (s *Stage) bestTrigger(d *doc.Doc, lo, hi int, fatal int32) (found, bool) {
	var best found
	var bestDist int32
	ok, bestPurpose := false, false
	// harm reports whether the tokens count dead or hurt, asked once and
	// only where the order of triggers turns on it.
	harmed := 0 // 1 yes, -1 no, 0 not yet asked
	harm := func() bool {
		if harmed == 0 {
			harmed = -1
			if fatal >= 0 || hurtIn(d, lo, hi) {
				harmed = 1
			}
		}
		return harmed > 0
	}
	for i := lo; i < hi; i++ {
		if !s.first.Has(d.Tokens[i].Hash) {
			continue
		}
		for _, t := range s.byFirst[d.TokenNorm(i)] {
			end, match := s.match(d, i, hi, t.words)
			if !match || s.inForce(d, lo, i, t.sub) || adjectival(d, i, end, lo, hi) || i-2 >= lo && s.describing[d.TokenNorm(i-2)+" "+d.TokenNorm(i-1)] {
				continue
			}
			if t.agent && !s.agentRightBefore(d, lo, i) && s.stateForcesStruck(d, lo, i, end, hi) {
				// "Russian forces struck an energy facility in Kharkiv":
				// a strike by a state's forces with no weapon named,
				// which ACLED codes as shelling.
				t.sub = "Shelling/artillery/missile attack"
			} else if t.weak && sinceClause(d, lo, i) || t.agent && !s.agentRightBefore(d, lo, i) || t.armed && !armedEntered(d, lo, i) || t.landed && !s.landedOn(d, lo, i, end, hi) || t.sub == "Agreement" && (s.framed(d, lo, i) || !s.made(d, lo, i, end, hi)) || t.typ == "Explosions/Remote violence" && s.madeSafe(d, end, hi) {
				continue
			}
			if t.typ == "-" {
				// "the ceasefire line", "backed by US airstrikes": no
				// trigger starts here, nor inside it.
				i = end - 1
				break
			}
			if s.labelled(d, lo, i) {
				break // "condemned what it called a massacre"
			}
			if cameAfter(d, end, hi) {
				// "The attack came two days after resistance fighters
				// attacked a police station": the deed told, as the
				// anchor of the one after "after".
				i = end - 1
				break
			}
			if (t.sub == "Territory" || t.sub == "Non-violent transfer of territory") && (s.goodsAfter(d, end, hi) || s.goodsHanded(d, lo, i)) {
				break // "the assailants also seized weapons and vehicles", "handed over the bodies of two hostages"
			}
			if t.typ == "Explosions/Remote violence" && !strings.HasSuffix(d.TokenNorm(end-1), "ed") && s.storeAfter(d, end, hi) {
				break // "had an artillery and tank projectiles depot"
			}
			if s.answers(d, lo, i) {
				break // "… in response to the strikes"
			}
			if t.typ == "Explosions/Remote violence" && !strings.HasSuffix(d.TokenNorm(end-1), "ed") && supporting(d, lo, i) {
				break // "troops backed by US-led coalition air strikes seized …"
			}
			if s.inClaim(d, lo, i, t.weak) && toldBefore(d, lo) {
				break // "JNIM claimed the attack": the deed already told
			}
			if background(d, lo, i) || tally(d, lo, hi, i) {
				break // "an armed group that has seized much of Rakhine"
			}
			if t.typ == "Protests" && victimNoun(d, d.Tokens[i].Span) {
				break // "3 protesters were killed": who died, not a protest
			}
			// Ground named as a purpose is no deed: "launched an operation
			// … to seize control over Raqqa", "allowed extremist groups to
			// seize vast areas" (an attempt is: "tried to storm").
			if t.sub == "Territory" && t.weak && i-1 > lo && d.TokenNorm(i-1) == "to" && s.modal[d.TokenNorm(i-2)] == "" {
				continue
			}
			if t.crowd && !anyIn(d, s.crowd, lo, i) {
				continue // "pro-government forces had blocked a road"; "JNIM militants blockaded the town" is a siege
			}
			if t.object {
				// (A base is only established: "a strike … which destroyed
				// a Daesh command post" is the strike's.)
				if obj := s.objectOf(d, end, hi); obj == "" || (obj == "base") != (t.sub == "Headquarters or base established") {
					break // "destroyed terrorists' dens": part of the fight told with it
				}
			}
			if t.sub == "Displacement" && (inFigure(d, d.Tokens[i].Span) || end < hi && s.population[d.TokenNorm(end)] && strings.HasSuffix(d.TokenNorm(end-1), "ed")) {
				break // "a camp home to some 500,000 displaced people"
			}
			dist := int32(0)
			if fatal >= 0 {
				dist = d.Tokens[i].Span.Start - fatal
				if dist < 0 {
					dist = -dist
				}
			}
			// Strong over weak, and a bare verb of killing last of all.
			better := !ok || best.t.weak && !t.weak || best.t.kill && !t.kill && t.weak
			// A protest that was the victims' purpose is no deed beside
			// the violence done to them: "drones struck a convoy of
			// civilians heading to the dam to protest, killing 4".
			// ("… people gathered in Bon To village to hold a candlelight
			// vigil and protest against military rule")
			purpose := t.typ == "Protests" && aimOf(d, lo, i)
			// So is a rally that was the deed's setting: "armed men shot
			// dead a mayoral candidate during a campaign rally".
			purpose = purpose || t.typ == "Protests" && settingOf(d, lo, i)
			if ok && purpose && violent(best.t.typ) {
				continue
			}
			// What a deed followed is its cause, not the sentence's deed:
			// "soldiers looted shops … after retaking the city".
			// (So is a flight after it: "opposition forces entered
			// Damascus … after Bashar al-Assad fled the country".)
			// (And a withdrawal after ground taken: "M23 rebels entered
			// Bukavu after Congolese troops … withdrew from the city" —
			// the taking, which the withdrawal makes bloodless.)
			if ok && (best.t.typ == "Strategic developments" && !best.t.weak && causeBetween(d, best.end, i) || (t.sub == "Displacement" || t.sub == "Non-violent transfer of territory" && best.t.sub == "Territory") && afterBetween(d, best.end, i)) {
				continue
			}
			// A killing with its toll outranks a strategic development
			// told in the same sentence: "RSF fighters looted the market
			// and killed 15 civilians" is an attack, not looting.
			// So does it a deed ranked below an attack ("killed at least
			// 30 people and abducted dozens more": an attack).
			below := func(u trigger) bool {
				return u.typ == "Strategic developments" || u.typ == "Violence against civilians" && u.rank > s.rank["Attack"]
			}
			// (And a weak deed of violence with it: "armed men attacked a
			// mining site …, killing 7 miners and looting gold".)
			// (So does one that hurt people, with no dead: "settlers set
			// fire to cars and homes … and assaulted residents, injuring
			// 6".)
			if ok && (t.kill || t.weak && violent(t.typ)) && harm() && !best.t.kill && below(best.t) && !below(t) {
				better = true
			}
			if ok && (best.t.kill || best.t.weak && violent(best.t.typ)) && harm() && below(t) && !below(best.t) {
				better = false
			}
			if ok && t.weak == best.t.weak && t.kill == best.t.kill {
				if fatal >= 0 && below(t) != below(best.t) {
					// With a toll, the deed that kills over the one that
					// follows from it: "Fighting … has killed at least 80
					// people and displaced more than 32,000" is a clash.
					better = !below(t)
				} else if t.found != best.t.found && violent(t.typ) && violent(best.t.typ) {
					// The dead found are the deed's that the sentence
					// names: "15 bodies were recovered from the rubble
					// after an air strike on Jabalia".
					better = best.t.found
				} else if t.sub == chemical || best.t.sub == chemical || territoryClash(t, best.t) {
					// Gas is what the strike that carried it did: "an
					// airstrike that released toxic gas" is a chemical
					// attack, wherever the toll stands. So is ground
					// taken what the fight for it did: "recaptured Mahaas
					// after a battle in which 11 militants died".
					better = t.rank < best.t.rank
				} else if restated(d, lo, i, t, best.t) {
					// "in an attack that … killed at least six people"
					// names again the drones and missiles launched: the
					// weapon says what the deed was.
					better = false
				} else if fatal >= 0 && dist != bestDist {
					better = dist < bestDist
				} else {
					better = t.rank < best.t.rank
				}
			}
			// People displaced by a deed named as the cause: "12,000
			// people were displaced … due to JNIM attacks" — the
			// displacement is what the sentence tells.
			if ok && t.sub == "Displacement" && violent(best.t.typ) && best.t.weak && causeBefore(d, lo, best.start) {
				better = true
			}
			if ok && best.t.sub == "Displacement" && violent(t.typ) && t.weak && causeBefore(d, lo, i) {
				better = false
			}
			// The verb of the clause over a deed named in a phrase set
			// before it: "during a joint military operation, FARDC and
			// UPDF troops killed 12 ADF militants" — their killing.
			if ok && t.kill && best.t.weak && !best.t.kill && i > best.end && fronted(d, lo, best.start, best.end, i) {
				better = true
			}
			// A deed told as done over one only planned: "security forces detained 12 opposition activists
			// ahead of a planned rally" are arrests.
			// (Only a plan loses so, and only to a strong trigger: a
			// denial or an accusation still names the deed at issue.)
			if ok && (!t.weak && !t.kill || !best.t.weak && !best.t.kill) {
				mt, mb := s.modality(d, lo, i, end, hi) == "planned", s.modality(d, lo, best.start, best.end, hi) == "planned"
				switch {
				case mb && !mt && !t.weak && !t.kill:
					better = true
				case mt && !mb && !best.t.weak && !best.t.kill:
					better = false
				}
			}
			if ok && bestPurpose && violent(t.typ) {
				better = true
			}
			if better {
				best, bestDist, ok, bestPurpose = found{t, i, end}, dist, true, purpose
			}
			// Leftmost-longest: "suicide car bomb" holds no "car bomb".
			i = end - 1
			break
		}
	}
	return best, ok
}

// supporting reports whether the trigger at token i names fire in support
// of another deed: "backed by US-led coalition air strikes", "aided by
// coalition airstrikes", "under the cover of intense airstrikes", "with
// the help of air strikes". (The blocker data holds the common fixed
// phrases; this reads the ones with a description between.)
func supporting(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k > lo && k >= i-6; k-- {
		if d.Tokens[k].Kind == doc.Punct && d.TokenNorm(k) != "-" {
			return false
		}
		switch d.TokenNorm(k) {
		case "by":
			switch d.TokenNorm(k - 1) {
			case "backed", "supported", "aided", "assisted", "covered":
				return true
			}
			return false
		case "of":
			if k-2 >= lo {
				switch d.TokenNorm(k-2) + " " + d.TokenNorm(k-1) {
				case "the cover", "the help", "the support", "air cover":
					return true
				}
			}
			return false
		}
	}
	return false
}

// causeBefore reports whether the trigger at token i is named as a cause,
// within four words after "due to", "because of", "owing to", "fleeing"
// or "following".
func causeBefore(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-4; k-- {
		switch d.TokenNorm(k) {
		case "fleeing", "following":
			return true
		case "to":
			if k > lo && (d.TokenNorm(k-1) == "due" || d.TokenNorm(k-1) == "owing") {
				return true
			}
		case "of":
			if k > lo && d.TokenNorm(k-1) == "because" {
				return true
			}
		}
		if d.Tokens[k].Kind == doc.Punct {
			return false
		}
	}
	return false
}

// fronted reports whether the trigger at [start, end) is in a phrase that
// opens the clause of the verb at v and is closed off by a comma before
// it: "during a joint military operation, FARDC … killed".
func fronted(d *doc.Doc, lo, start, end, v int) bool {
	opens := false
	for k := start - 1; k >= lo && k >= start-4; k-- {
		if w := d.TokenNorm(k); w == "during" || w == "amid" || w == "amidst" {
			opens = true
			break
		}
	}
	if !opens {
		return false
	}
	for k := end; k < v; k++ {
		if d.TokenNorm(k) == "," {
			return true
		}
	}
	return false
}

// adjectival reports whether the one-word trigger at [i, end) is a
// participle before its noun: "rescued 12 of the kidnapped victims", "the
// detained men" name people, not a deed.
func adjectival(d *doc.Doc, i, end, lo, hi int) bool {
	if end != i+1 || i == lo || end >= hi || !strings.HasSuffix(d.TokenNorm(i), "ed") {
		return false
	}
	switch w := d.TokenNorm(i - 1); {
	case w == "the" || w == "these" || w == "those" || w == "several" || w == "many" || w == "other" || w == "some":
	case d.Tokens[i-1].Kind == doc.Number:
		// "showed a large crater and several destroyed buildings", "12
		// destroyed homes"
	default:
		return false
	}
	t := d.Tokens[end]
	return t.Kind == doc.Word && !t.Upper && d.TokenNorm(end) != "by"
}

// anotherDeed reports whether the trigger at token i is said to be a deed
// other than those told: "a separate strike", "another attack".
func anotherDeed(d *doc.Doc, i int) bool {
	if i == 0 {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "separate", "another", "second", "third", "new", "further":
		return true
	}
	return false
}

// ownDay reports whether e's sentence states its day: a date in the
// sentence that is more than a time of day ("at about noon" dates the deed
// already told, not a new one).
func ownDay(d *doc.Doc, st doc.Sent, e *doc.Event) bool {
	if e.DateSpan.Empty() || !st.Span.Contains(e.DateSpan) {
		return false
	}
	for _, t := range d.Dates {
		// (The day it was told is none of the deed's: "JNIM claimed
		// … in a statement on Friday, saying it had killed 50".)
		if t.Span == e.DateSpan && t.Told {
			return false
		}
		if t.Span == e.DateSpan && t.Type == "TIME" {
			txt := strings.ToLower(t.Span.In(d.Text))
			for _, w := range []string{"day", "tonight", "yesterday", "today"} {
				if strings.Contains(txt, w) {
					return true
				}
			}
			return false
		}
	}
	return true
}

// isBe reports whether token i is a form of "to be" that makes a
// passive ("were killed", "are being held") — not "IS", the group, which
// folds to the same word: "IS militants killed 8 civilians".
func isBe(d *doc.Doc, i int) bool {
	switch d.TokenNorm(i) {
	case "was", "were", "been", "being", "be", "are":
		return true
	case "is":
		return d.TokenText(i) != "IS"
	}
	return false
}

// blamed gives a deed told with no doer the one a source blames for it
// right after: "A suspected chemical attack … killed dozens of civilians
// … ¶ Syria's opposition blamed President Bashar Assad's forces" — the
// first blame, and only an armed actor.

func (s *Stage) blamed(d *doc.Doc) {
	for i := range d.Tokens {
		if d.Tokens[i].Kind != doc.Word || !s.blameSet.Has(d.Tokens[i].Hash) {
			continue
		}
		// "… was carried out by the Gran Grif gang": the doer right
		// after the phrase.
		obj := i
		for _, words := range s.authored[d.TokenNorm(i)] {
			if end, ok := s.match(d, i, len(d.Tokens), words); ok {
				obj = end - 1
				break
			}
		}
		if obj == i && !s.blame[d.TokenNorm(i)] {
			continue
		}
		// "suspected" blames only in the passive ("Al Shabaab was
		// suspected"); before a name it hedges it ("suspected Al
		// Shabaab militants").
		if d.TokenNorm(i) == "suspected" && (i == 0 || !isBe(d, i-1)) {
			continue
		}
		var who doc.Index
		// (Past its initials: "Boko Haram (JAS) is suspected".)
		subj := i - 2
		if subj >= 2 && d.TokenNorm(subj) == ")" && d.TokenNorm(subj-2) == "(" {
			subj -= 3
		}
		// ("accused" names its object right after it: not "2 men
		// accused of spying for the government".)
		accuse, reach := strings.HasPrefix(d.TokenNorm(i), "accus"), obj+4
		if accuse {
			reach = obj + 2
		}
		for k, a := range d.Actors {
			if a.Span.Start >= d.Tokens[obj].Span.End && a.Span.Start <= d.Tokens[min(reach, len(d.Tokens)-1)].Span.Start && armed(a.Type) && !unidentified(a) {
				who = doc.MakeIndex(k)
				break
			}
			// In the passive, the doer before: "Al Shabaab was
			// suspected", "the RSF were blamed".
			if subj >= 0 && a.Span.End == d.Tokens[subj].Span.End && isBe(d, i-1) && armed(a.Type) && !unidentified(a) {
				who = doc.MakeIndex(k)
				break
			}
		}
		// (Accused of the deed, not of something else: "Syria accuses
		// Saudi Arabia, Turkey and Qatar of funding and arming terrorist
		// groups".)
		if who.Valid() && accuse && !accusedOfDeed(d, d.Actors[who.Get()].Span) {
			continue
		}
		// A country blamed is its forces: "The SDF accused Turkey".
		if !who.Valid() && obj+1 < len(d.Tokens) {
			for _, p := range d.Places {
				if p.Span.Start == d.Tokens[obj+1].Span.Start && p.Precision == "country" && p.Kind == "place" && (!accuse || accusedOfDeed(d, p.Span)) {
					who = s.forcesOf(d, p, p.Span.Start)
					break
				}
			}
		}
		if !who.Valid() {
			continue
		}
		at := d.Tokens[i].Span.Start
		for k := len(d.Events) - 1; k >= 0; k-- {
			e := &d.Events[k]
			if e.Evidence[0].Start >= at {
				continue
			}
			if !violent(e.Type) || !nearParas(d, e.Evidence[len(e.Evidence)-1].Start, at) {
				break
			}
			if !e.Actor1.Valid() || unidentified(d.Actors[e.Actor1.Get()]) {
				setDoer(e, who)
				s.civilDeadAgain(d, e)
			}
			break
		}
	}
}

// accusedOfDeed reports whether the one accused at sp is accused of the
// deed told: the clause ends after it, or goes on "of carrying out …",
// "of being behind …", "of the attack".
func accusedOfDeed(d *doc.Doc, sp doc.Span) bool {
	k := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Span.Start >= sp.End })
	if k >= len(d.Tokens) {
		return true
	}
	switch d.TokenNorm(k) {
	case ".", ",", ";", "over", "for":
		return true
	case "of":
		if k+1 < len(d.Tokens) {
			switch d.TokenNorm(k + 1) {
			case "carrying", "conducting", "launching", "being", "the", "perpetrating", "committing", "staging", "firing", "shelling", "bombing":
				return true
			}
		}
	}
	return false
}

// inherit gives a strike told with no doer the doer of the strikes of its
// kind told just before: "Israeli strikes across the Gaza Strip killed at
// least 30 people … ¶ One strike hit a home in the Nuseirat refugee
// camp, killing 10 …. Another strike in Gaza City killed six people".
func (s *Stage) inherit(d *doc.Doc) {
	for i := range d.Events {
		e := &d.Events[i]
		// Weapons shot down with no owner named are those of the strikes
		// just told: "Russia launched 653 drones and 51 missiles at
		// Ukraine … ¶ Ukraine's air defences shot down or suppressed 585
		// drones and 30 missiles" — Russia's.
		if e.Subtype == "Disrupted weapons use" && e.Actor1.Valid() && !e.Actor2.Valid() {
			for k := i - 1; k >= 0; k-- {
				o := &d.Events[k]
				if o.Article != e.Article || !closeBy(d, o, e) {
					break
				}
				// (Of the same country: a digest's notes from two are
				// two stories.)
				if o.Type == "Explosions/Remote violence" && o.Actor1.Valid() {
					if d.Actors[o.Actor1.Get()].Name != d.Actors[e.Actor1.Get()].Name && o.Place.Valid() && e.Place.Valid() && d.Places[o.Place.Get()].Country == d.Places[e.Place.Get()].Country {
						e.Actor2 = o.Actor1
					}
					break
				}
			}
		}
		if e.Actor1.Valid() || e.Type != "Explosions/Remote violence" {
			continue
		}
		// (Else the doer of strikes of another kind just before whose
		// sentence names this kind too: "Russia launched 120 drones and 8
		// ballistic missiles at Ukraine … ¶ In Dnipro, 3 people were
		// killed when a drone struck a bus station".)
		lends := func(o *doc.Event) bool {
			if o.Type != e.Type || !o.Actor1.Valid() {
				return false
			}
			lo, hi := d.TokensIn(o.Evidence[0])
			return s.triggerIn(d, lo, hi, func(t trigger) bool { return t.sub == e.Subtype })
		}
		var other doc.Index
		for k := i - 1; k >= 0; k-- {
			o := &d.Events[k]
			if o.Article != e.Article || !closeBy(d, o, e) {
				break
			}
			if o.Subtype == e.Subtype && o.Actor1.Valid() {
				setDoer(e, o.Actor1)
				break
			}
			if !other.Valid() && lends(o) {
				other = o.Actor1
			}
		}
		// (The lead's, however far back, is the story's.)
		for k := 0; k < i && !other.Valid(); k++ {
			if o := &d.Events[k]; o.Article == e.Article {
				if lends(o) {
					other = o.Actor1
				}
				break
			}
		}
		if !e.Actor1.Valid() && other.Valid() {
			setDoer(e, other)
		}
	}
}

// sideRetold reports whether the sentence opens with a definite generic
// subject that is a side of the deed just told, right before the
// trigger: "Jihadists killed at least 50 soldiers in an attack on an army
// base … ¶ \"The soldiers fought back but were overwhelmed\"".
func sideRetold(d *doc.Doc, lo, i int, o *doc.Event) bool {
	if i-lo < 2 || i-lo > 4 || d.TokenNorm(lo) != "the" {
		return false
	}
	for _, a := range d.Actors {
		if a.Span.Start == d.Tokens[lo+1].Span.Start || a.Span.Start == d.Tokens[lo].Span.Start {
			// (A kind of actor by its form, whoever it was found to be:
			// "The militants" after "Islamic State militants".)
			if !a.Generic && !a.Anaphor || a.Span.End < d.Tokens[i-1].Span.End {
				return false
			}
			for _, x := range []doc.Index{o.Actor1, o.Actor2} {
				if x.Valid() && d.Actors[x.Get()].Name == a.Name {
					return true
				}
			}
			return false
		}
	}
	return false
}

// toldDay reports whether e is dated only by the day its telling was made
// ("…, a pro-democracy group said on Thursday").
func toldDay(d *doc.Doc, e *doc.Event) bool {
	if e.DateSpan.Empty() {
		return false
	}
	for _, t := range d.Dates {
		if t.Span == e.DateSpan {
			return t.Told
		}
	}
	return false
}

// unnamedTown reports whether e's first telling places it in a town it
// does not name: "killed at least 40 people in an attack on a village in
// El Gezira state" — a town named later, inside that place, is the deed's.
func unnamedTown(d *doc.Doc, e *doc.Event) bool {
	if len(e.Evidence) == 0 {
		return false
	}
	lo, hi := d.TokensIn(e.Evidence[0])
	for k := lo; k+1 < hi; k++ {
		if w := d.TokenNorm(k); w == "a" || w == "an" {
			switch d.TokenNorm(k + 1) {
			case "village", "town", "hamlet", "settlement", "camp":
				return true
			}
		}
	}
	return false
}

// weakAt reports whether the trigger at sp is a weak word ("attack").
func (s *Stage) weakAt(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	if lo >= hi {
		return false
	}
	for _, t := range s.byFirst[d.TokenNorm(lo)] {
		if end, ok := s.match(d, lo, hi, t.words); ok && end == hi {
			return t.weak
		}
	}
	return false
}

// sameDoer reports whether e is a deed of o's type by o's actor.
func sameDoer(d *doc.Doc, o, e *doc.Event) bool {
	if o.Subtype != e.Subtype || !o.Actor1.Valid() || !e.Actor1.Valid() {
		return false
	}
	// (An unnamed doer of the kind the first telling named: "Gran Grif
	// gang members … the attack was retaliation", said of gang members.)
	a, b := d.Actors[o.Actor1.Get()], d.Actors[e.Actor1.Get()]
	return a.Name == b.Name || unidentified(b) && !a.Generic && a.Type == b.Type && a.Country == b.Country
}

// thirdSide reports whether e's doer is neither side of o: "Security
// forces killed 12 militants in retaliatory operations" after militants
// stormed a police post is another deed.
func thirdSide(d *doc.Doc, o, e *doc.Event) bool {
	if !e.Actor1.Valid() {
		return false
	}
	name := d.Actors[e.Actor1.Get()].Name
	// (An unnamed armed group may be it, if it is no state's force:
	// "Islamist militants killed 30 soldiers … JNIM claimed the attack,
	// saying it had killed 50".)
	state := stateSide(d.Actors[e.Actor1.Get()].Type)
	for _, x := range []doc.Index{o.Actor1, o.Actor2} {
		if x.Valid() && (d.Actors[x.Get()].Name == name || unidentified(d.Actors[x.Get()]) && !state) {
			return false
		}
	}
	return o.Actor1.Valid()
}

// violenceIn reports whether tokens [lo, hi) hold a bare verb of killing
// or shooting: "shooting at residents".
func (s *Stage) violenceIn(d *doc.Doc, lo, hi int) bool {
	return s.triggerIn(d, lo, hi, func(t trigger) bool { return t.kill })
}

// isProtest accepts a protest's trigger.
func isProtest(t trigger) bool { return t.typ == "Protests" }

// isArrest accepts an arrest's trigger.
func isArrest(t trigger) bool { return t.sub == "Arrests" }

// triggerIn reports whether tokens [lo, hi) hold a trigger that want
// accepts: a bare verb of killing (violenceIn), a protest's word before
// "against" or an arrest, the kind of strike a lead names (inherit).
func (s *Stage) triggerIn(d *doc.Doc, lo, hi int, want func(trigger) bool) bool {
	return s.triggerEnds(d, lo, hi, func(t trigger, _ int) bool { return want(t) })
}

// triggerEnds reports whether tokens [lo, hi) hold a trigger that want
// accepts, given the token its words end before.
func (s *Stage) triggerEnds(d *doc.Doc, lo, hi int, want func(t trigger, end int) bool) bool {
	for k := lo; k < hi; k++ {
		if !s.first.Has(d.Tokens[k].Hash) {
			continue
		}
		for _, t := range s.byFirst[d.TokenNorm(k)] {
			if end, ok := s.match(d, k, hi, t.words); ok && want(t, end) {
				return true
			}
		}
	}
	return false
}

// fromAir reports whether the actor mention at sp names aircraft: "air
// force", "warplanes", "drones".
func (s *Stage) fromAir(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	for k := lo; k < hi; k++ {
		w := d.TokenNorm(k)
		if s.airborne[w] || k+1 < hi && s.airborne[w+" "+d.TokenNorm(k+1)] {
			return true
		}
	}
	return false
}

// retold reports whether e, built from sentence st, tells again the deed
// just told, and if so joins it to that deed (retell).
func (s *Stage) retold(d *doc.Doc, st doc.Sent, lo int, best found, e *doc.Event) bool {
	// One taking told twice, the second time by a witness who saw only
	// the defenders leave: "M23 rebels took control of the town of Rubaya
	// … after two days of fighting" and "The M23 entered Rubaya this
	// morning and our soldiers withdrew" — the first telling's sub-event
	// stands. (A day apart, as "this morning" and "on Tuesday" may be.)
	// So is the fight told before the taking, in its paragraph: "White
	// Army militia fought SSPDF troops in Nasir … At least 20 soldiers
	// were killed; the militia seized the army barracks" is ground taken
	// with the fight's dead (ACLED: the higher absorbs the lower).
	if n := len(d.Events); n > 0 {
		o := &d.Events[n-1]
		fought := o.Subtype == "Armed clash" && e.Subtype != "Non-violent transfer of territory" && sameParagraph(d, o, e)
		if o.Article == e.Article && (territorial(o.Subtype) || fought) && territorial(e.Subtype) && sameDoerName(d, o, e) && samePlace(d, o.Place, e.Place) && e.DateStart <= o.DateEnd+1 && o.DateStart <= e.DateEnd+1 {
			if fought {
				o.Type, o.Subtype, o.Trigger = e.Type, e.Subtype, e.Trigger
			}
			retell(o, e)
			return true
		}
	}
	// "Kenyan police fired tear gas at protesters in Nairobi. One
	// protester was shot dead.": a bare killing of protesters or people,
	// with no doer, place or day of its own, right after a demonstration
	// the state's forces broke up in its paragraph, is that
	// demonstration's toll (excessive force: deadlyIntervention).
	if n := len(d.Events); n > 0 && best.t.kill && e.Fatalities.Valid() && e.PlaceFrom != "sentence" && !ownDay(d, st, e) && (!e.Actor1.Valid() || unidentified(d.Actors[e.Actor1.Get()])) {
		o := &d.Events[n-1]
		switch d.Quantities[e.Fatalities.Get()].Who {
		case "protesters", "people", "civilians", "":
			if o.Article == e.Article && o.Subtype == "Protest with intervention" && !o.Fatalities.Valid() && sameParagraph(d, o, e) {
				e.Actor1, e.Actor2 = 0, 0
				retell(o, e)
				return true
			}
		}
	}
	// "The assault took place on Thursday in Koumbri": a retelling
	// that says where and when the deed told without them was.
	// (A source that "confirmed the air strikes" tells where it
	// sits, not where they fell.)
	conf := confirmed(d, lo, best.start)
	// ("… from the attack at a transit point in Rashidin": "the attack"
	// with a place of its own retells a deed placed only by its article.)
	placeless := func() bool { o := d.Events[len(d.Events)-1]; return weakPlace(o.PlaceFrom) }
	// ("The attack came two days after resistance fighters attacked a
	// police station": the deed after "after" is another, days before.)
	_, _, before := daysAfter(d, lo, best.start)
	if n := len(d.Events); n > 0 && !before && (anaphoric(d, lo, best.start) || s.deedOpens(d, lo, best.start) || conf || sideRetold(d, lo, best.start, &d.Events[n-1]) || best.start > lo && d.TokenNorm(best.start-1) == "the" && (best.t.weak || !ownDay(d, st, e) && e.PlaceFrom != "sentence" && s.toldWith(d, &d.Events[n-1], e.Subtype)) && (e.PlaceFrom != "sentence" || placeless())) {
		// "The strikes hit the towns of Nabatieh and Bint Jbeil" after
		// "Israeli air strikes killed … as Hezbollah fired dozens of
		// rockets": the deed of its own kind, not the one told last.
		// (Not the dead of "the attack", a word for any kind of deed: "a
		// warplane launched an air strike on a market … At least 36
		// people were killed … in the attack" is the air strike's toll.
		// "The fighting" is still the clash told before.)
		o := &d.Events[n-1]
		// (However far back, when the sentence opens on it: "The clashes
		// took place in Kurram …" four paragraphs after the clashes.)
		if o.Subtype != e.Subtype && !(genericDeed(d.TokenNorm(best.start)) && e.Fatalities.Valid() && violent(o.Type)) {
			opens := anaphoric(d, lo, best.start) && best.start == lo+1
			for k := n - 2; k >= 0 && (k >= n-3 || opens); k-- {
				if c := &d.Events[k]; c.Article == e.Article && c.Subtype == e.Subtype && (nearParagraph(d, c, e) || opens) {
					o = c
					break
				}
			}
		}
		// (Not a deed of its own days, over a week before: "an attack
		// in Saint-Marc in July" after the deed of Thursday.)
		// (Or "The agreement came into effect on 27 November", of the
		// same kind, named again.)
		kin := violent(o.Type) && violent(e.Type) || o.Subtype == e.Subtype && anaphoric(d, lo, best.start)
		if o.Article == e.Article && kin && (conf || e.PlaceFrom != "sentence" || o.PlaceFrom != "sentence" && o.PlaceFrom != "paragraph" || within(d, e.Place, o.Place)) &&
			(conf || !ownDay(d, st, e) || e.DateEnd >= o.DateStart-7) {
			// Another teller's count of the same dead is a claim of its
			// own, beside the first: "Police spokesman Alfred Alabo
			// confirmed the attack but put the death toll at 25" after a
			// local official's 40.
			// (Another teller by name, of the deed told — its kind or a
			// word for any, its doer or none — not the same monitor's
			// count of a part: "killed 19 people … outside Saraqeb and
			// another 23 … in Ehsim".)
			same := (e.Subtype == o.Subtype || best.t.weak || best.t.kill) && (!e.Actor1.Valid() || sameDoerName(d, o, e) || sameSides(d, o, e))
			if same && o.Fatalities.Valid() && e.Fatalities.Valid() && !sameTeller(d, o.Source, e.Source) {
				// (A toll, or dead not named otherwise: not "32 of their
				// fighters were killed", one side's part — unless the first
				// count was a vague one of no teller: "killing dozens of
				// soldiers on both sides" before "Pakistan's military said
				// 23 of its soldiers were killed".)
				if qo, qe := d.Quantities[o.Fatalities.Get()], d.Quantities[e.Fatalities.Get()]; qo.Stated != qe.Stated && !otherSidesDead(qo, qe) && !also(d, st.Span, qe.Span) &&
					(qe.Who == "" || strings.Contains(strings.ToLower(qe.WhatSpan.In(d.Text)), "toll") || qo.Vague && !qe.Vague && e.Source.Valid() && !o.Source.Valid()) {
					e.Type, e.Subtype, e.Place, e.PlaceFrom, e.Actor1, e.Actor2 = o.Type, o.Subtype, o.Place, o.PlaceFrom, o.Actor1, o.Actor2
					e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan
					return false
				}
			}
			// The same teller's number for a count it first gave in words
			// is the count: "killing several soldiers, a security
			// official said … He said at least seven soldiers were
			// killed."
			if e.Subtype == o.Subtype && o.Fatalities.Valid() && e.Fatalities.Valid() && sameTeller(d, o.Source, e.Source) && refines(d, o.Fatalities, e.Fatalities) {
				o.Fatalities, o.Victims, o.MoreFatal = e.Fatalities, e.Victims, e.MoreFatal
			}
			if conf {
				e.Place, e.PlaceFrom = 0, ""
			}
			if !conf && within(d, e.Place, o.Place) {
				o.Place = e.Place // "The attack on Pazigyi village" in the Sagaing region
			}
			// "Bodies were still being recovered from the attack at a
			// transit point in Rashidin west of Aleppo": where a deed
			// placed only by its article was.
			if !conf && e.PlaceFrom == "sentence" && weakPlace(o.PlaceFrom) {
				o.Place, o.PlaceFrom = e.Place, "sentence"
			}
			// The weapon told again names the deed a clash only hinted
			// at: "… attacked a military base, killing two soldiers. The
			// attack … involved a truck loaded with explosives" is a
			// bombing (ACLED: the higher absorbs the lower).
			if (e.Subtype == "Remote explosive/landmine/IED" || e.Subtype == "Suicide bomb") && o.Subtype == "Armed clash" {
				o.Type, o.Subtype, o.Trigger = e.Type, e.Subtype, e.Trigger
			}
			s.otherSideTold(d, o, e)
			retell(o, e)
			return true
		}
	}
	// "RSF killed more than 100 people in an attack on a village in Al
	// Jazirah, a pro-democracy group said on Thursday. ¶ The … Committee
	// said RSF fighters stormed Wad al-Noura village on Wednesday …,
	// firing heavy artillery": the deed dated only by the day it was told,
	// retold by the same doer in the next paragraph with a place inside
	// its own and a day before the telling — its village, day and weapon.
	if n := len(d.Events); n > 0 && !e.Fatalities.Valid() && e.PlaceFrom == "sentence" {
		o := &d.Events[n-1]
		// (A clash named as one does not retell a one-sided killing: "ISIL
		// executed nine men …, a monitor said on Sunday. The report comes
		// amid fierce clashes on the outskirts of Damascus between ISIL
		// and rebels" — unlike a bare "attacked".)
		oneSided := o.Type == "Violence against civilians" && e.Subtype == "Armed clash" && !s.weakAt(d, e.Trigger)
		if o.Article == e.Article && violent(o.Type) && violent(e.Type) && !oneSided && nearParagraph(d, o, e) && (toldDay(d, o) || unnamedTown(d, o) && !ownDay(d, st, e)) &&
			e.DateStart != 0 && e.DateEnd <= o.DateEnd && o.DateStart-e.DateStart <= 7 &&
			o.Actor1.Valid() && e.Actor1.Valid() && d.Actors[o.Actor1.Get()].Name == d.Actors[e.Actor1.Get()].Name &&
			(within(d, e.Place, o.Place) || weakPlace(o.PlaceFrom)) {
			// (Not ground taken for a killing of civilians: "RSF fighters
			// stormed the village …, firing indiscriminately" retells the
			// attack on it.)
			if (o.Trigger.Empty() || s.weakAt(d, o.Trigger)) && !(o.Type == "Violence against civilians" && e.Type == "Battles") {
				o.Type, o.Subtype, o.Trigger = e.Type, e.Subtype, e.Trigger
			}
			o.Place, o.PlaceFrom = e.Place, e.PlaceFrom
			o.DateStart, o.DateEnd, o.DatePrecision, o.DateSpan = e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan
			retell(o, e)
			return true
		}
	}
	// "Artillery fire also damaged a school": the same kind of
	// deed in the same paragraph, with no place, day or doer of its
	// own, tells more of the deed just told.
	// ("A fighter jet dropped two bombs on Let Yet Kone village":
	// a place inside the deed's is its finer place.)
	// (Its own day may be the deed's: "Jets bombed Kyauk Ni Maw village
	// in Ramree township twice on Friday afternoon" after "air strikes …
	// killed at least 40 people … in western Rakhine state on Friday".)
	if n := len(d.Events); n > 0 && (!ownDay(d, st, e) || overlap(&d.Events[n-1], e) && e.PlaceFrom == "sentence" && within(d, e.Place, d.Events[n-1].Place)) && !e.Fatalities.Valid() {
		// (Or a weak word of its kind with no doer of its own: "the
		// vessel reported an explosion near it" after the missiles
		// fired at it.)
		o := &d.Events[n-1]
		// (Of two deeds just told, the one of its kind: "RSF shelled a
		// camp … as the army carried out air strikes … ¶ … said the
		// shells hit the Abu Shouk camp" retells the shelling.)
		if k := n - 2; k >= 0 && o.Subtype != e.Subtype && d.Events[k].Subtype == e.Subtype && d.Events[k].Article == e.Article && nearParagraph(d, &d.Events[k], e) {
			o = &d.Events[k]
		}
		unknown := !e.Actor1.Valid() || unidentified(d.Actors[e.Actor1.Get()])
		// (Not a deed its sentence places in another town: "A drone hit
		// a building in Mykolaiv. A missile struck a port facility in
		// Odesa." — but a blast "so powerful that it shattered windows
		// in … Nusaybin", across the border, is the blast, and so is a
		// sentence that opens on a definite word: "This blast is the
		// biggest in Qamishli".)
		elsewhere := e.PlaceFrom == "sentence" && apart(d, e.Place, o.Place) && !definiteWord(d.TokenNorm(lo))
		echo := best.t.weak && unknown && o.Type == e.Type && !anotherDeed(d, best.start) && !elsewhere
		// "… rioters burned tires in Tripoli. Police used tear gas.":
		// the force's intervention is the demonstration's.
		demo := func(t string) bool { return t == "Protests" || t == "Riots" }
		intervention := demo(o.Type) && demo(e.Type) && !anotherDeed(d, best.start)
		echo = echo || intervention
		if o.Article == e.Article && (o.Subtype == e.Subtype || echo) && nearParagraph(d, o, e) && (e.PlaceFrom != "sentence" || within(d, e.Place, o.Place) || echo) &&
			(!e.Actor1.Valid() || echo || o.Actor1.Valid() && d.Actors[e.Actor1.Get()].Name == d.Actors[o.Actor1.Get()].Name) {
			if intervention && o.Subtype == "Peaceful protest" && e.Subtype != "Peaceful protest" {
				o.Type, o.Subtype = e.Type, e.Subtype
			}
			if e.PlaceFrom == "sentence" && e.Place != o.Place && within(d, e.Place, o.Place) {
				o.Place = e.Place
			}
			retell(o, e)
			return true
		}
	}
	return false
}

// definiteWord reports whether w is a definite article or a
// demonstrative: a word that points back.
func definiteWord(w string) bool {
	switch w {
	case "the", "these", "those", "this", "that":
		return true
	}
	return false
}

// phraseBroken reports whether tokens [k, i) hold what ends a phrase
// before the deed at i: a comma or full stop, a verb in the past, or an
// armed subject ("In retaliation for the latest deadly Ghouta shelling
// rebels fired rockets").
func phraseBroken(d *doc.Doc, k, i int) bool {
	for j := k; j < i; j++ {
		if w := d.TokenNorm(j); d.Tokens[j].Kind == doc.Punct && w != "-" && w != "'s" || strings.HasSuffix(w, "ed") && j+1 < i && d.TokenNorm(j+1) != "by" || armedAt(d, j) {
			return true
		}
	}
	return false
}

// answersInAt reports whether an answering phrase that opens with "in"
// ("in response to") ends at token k.
func (s *Stage) answersInAt(d *doc.Doc, lo, k int) bool {
	for _, a := range s.answering[d.TokenNorm(k)] {
		if start := k + 1 - len(a); start >= lo && a[0] == "in" {
			if end, ok := s.match(d, start, k+1, a); ok && end == k+1 {
				return true
			}
		}
	}
	return false
}

// armedAt reports whether token k lies in an armed actor's mention that
// may be a clause's subject: not one after an article or a preposition
// ("in an Israeli strike").
func armedAt(d *doc.Doc, k int) bool {
	sp := d.Tokens[k].Span
	for _, a := range d.Actors {
		if a.Span.Start <= sp.Start && sp.End <= a.Span.End && armed(a.Type) {
			switch wordBefore(d, a.Span.Start) {
			case "a", "an", "the", "its", "their", "his", "her", "by", "of", "in", "on", "from", "with":
				return false
			}
			return true
		}
	}
	return false
}

// aimOf reports whether the word at token i follows "to" in its clause,
// a few words back at most: "to protest", "to hold a vigil and protest".
func aimOf(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-6; k-- {
		switch {
		case d.TokenNorm(k) == "to":
			return true
		case d.Tokens[k].Kind != doc.Word:
			return false
		}
	}
	return false
}

// settingOf reports whether the trigger at token i is named as where or
// when something else happened: "during a campaign rally", "at a
// protest".
func settingOf(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-3; k-- {
		switch w := d.TokenNorm(k); w {
		case "during", "at":
			return true
		case "a", "an", "the", "campaign", "political", "election", "opposition", "peaceful", "large", "mass":
		default:
			return false
		}
	}
	return false
}

// restated reports whether the trigger t at token i is a word for any
// deed put after "in a"/"in an" ("…, in an attack that targeted energy
// facilities") once a weapon's deed u was told before it in the sentence:
// the same deed named again, not another.
func restated(d *doc.Doc, lo, i int, t, u trigger) bool {
	return i-2 >= lo && d.TokenNorm(i-2) == "in" && (d.TokenNorm(i-1) == "an" || d.TokenNorm(i-1) == "a") &&
		genericDeed(d.TokenNorm(i)) && u.typ == "Explosions/Remote violence" && t.typ != u.typ
}

// genericDeed reports whether w names a deed of any kind: "the attack".
func genericDeed(w string) bool {
	switch w {
	case "attack", "attacks", "assault", "incident":
		return true
	}
	return false
}

// afterBetween reports whether "after" or "following" stands in tokens
// [from, to), in one clause: the deed at to is what the one before came
// after.
func afterBetween(d *doc.Doc, from, to int) bool {
	for k := to - 1; k >= from; k-- {
		switch d.TokenNorm(k) {
		case "after", "following":
			return true
		case ".", ";":
			return false
		}
	}
	return false
}

// causeBetween reports whether "after" or "following" stands in tokens
// [from, to) and opens the clause of the deed at token to: "after
// retaking the city", "following the capture of" (not "captured while
// fleeing after X overran the base were executed", whose deed stands
// far past it).
func causeBetween(d *doc.Doc, from, to int) bool {
	for k := max(from, to-3); k < to; k++ {
		switch d.TokenNorm(k) {
		case "after", "following":
			return true
		case ".", ";", ",":
			return false
		}
	}
	return false
}

// armedEntered reports whether the verb at token i is told of a named
// armed group, not a state's, right before it (past "had", and a word
// for its men: "Syrian opposition forces entered"), with a place named
// right after it ("entered Damascus"): a group that enters a town takes
// it. (Not "gunmen entered a mosque and opened fire", nor "Israeli
// forces entered the camp": a raid.)
func armedEntered(d *doc.Doc, lo, i int) bool {
	if i+1 >= len(d.Tokens) {
		return false
	}
	if p, ok := placeStartingAt(d, i+1); !ok || p.Kind != "place" {
		return false
	}
	k := i
	if k > lo+1 {
		switch d.TokenNorm(k - 1) {
		case "had", "have", "has":
			k--
		}
	}
	if k > lo+1 {
		switch d.TokenNorm(k - 1) {
		case "forces", "fighters", "troops", "units", "militants", "members":
			k--
		}
	}
	if k <= lo {
		return false
	}
	a, ok := actorEndingAt(d, d.Tokens[k-1].Span.End)
	return ok && armed(a.Type) && !stateSide(a.Type) && !unidentified(a)
}

// actorEndingAt returns the first actor mention that ends at offset end.
func actorEndingAt(d *doc.Doc, end int32) (doc.ActorMention, bool) {
	for _, a := range d.Actors {
		if a.Span.End == end {
			return a, true
		}
	}
	return doc.ActorMention{}, false
}

// agentRightBefore reports whether an armed actor's mention or a
// country's name ends right before token i: "Israel struck", "Russian
// forces struck".
func (s *Stage) agentRightBefore(d *doc.Doc, lo, i int) bool {
	// (Not a weapon that names its user: "Russian missiles struck" is
	// the missiles' deed; nor forces on the ground, whose weapon is
	// unknown: "Russian troops struck 12 settlements".)
	// (But "the Israeli military struck": "military" only begins
	// "military operation".)
	if i <= lo || s.ground[d.TokenNorm(i-1)] || s.first.Has(d.Tokens[i-1].Hash) && slices.ContainsFunc(s.byFirst[d.TokenNorm(i-1)], func(t trigger) bool { return len(t.words) == 1 }) {
		return false
	}
	// "The Russian defence ministry said it struck …", "Russia said it
	// struck": the state that speaks of its own strike.
	if p := d.TokenNorm(i - 1); (p == "it" || p == "they") && i-2 > lo {
		switch d.TokenNorm(i - 2) {
		case "said", "says", "announced", "claimed", "stated", "reported":
			return i-3 >= lo && agentEndsAt(d, lo, i-2)
		}
	}
	return agentEndsAt(d, lo, i)
}

// stateForcesStruck reports whether a state's forces ("Russian forces",
// "Ukrainian troops", "the army's units") end right before the strike
// at tokens [i, end), with what they struck after it: not "troops
// struck back".
func (s *Stage) stateForcesStruck(d *doc.Doc, lo, i, end, hi int) bool {
	if i-1 <= lo || end >= hi || !s.groundForces[d.TokenNorm(i-1)] || s.notAStrike[d.TokenNorm(end)] {
		return false
	}
	a, ok := actorEndingAt(d, d.Tokens[i-1].Span.End)
	return ok && (a.Type == "state" || a.Type == "external") && !strings.HasPrefix(a.Name, "Police")
}

// agentEndsAt reports whether a state's forces, or a country, end right
// before token i: the doer of a strike told with no weapon.
func agentEndsAt(d *doc.Doc, lo, i int) bool {
	end := d.Tokens[i-1].Span.End
	// (Past whom a coalition is against: "the US-led coalition against
	// ISIS struck".)
	for _, a := range d.Actors {
		if a.Span.End == end && a.Type != "state" && a.Type != "external" && wordBefore(d, a.Span.Start) == "against" {
			if k := tokenBefore(d, a.Span.Start, true); k > lo {
				end = d.Tokens[k-1].Span.End
			}
			break
		}
	}
	for _, a := range d.Actors {
		// (The subject, not whose a weapon was: "a shell belonging to
		// opposition forces struck a school".)
		// (A state's: only states fly; "Hezbollah struck a base" fired
		// rockets.)
		if a.Span.End == end && (a.Type == "state" || a.Type == "external") {
			switch wordBefore(d, a.Span.Start) {
			case "to", "of", "by", "from", "with", "against":
				return false
			}
			return true
		}
	}
	for _, p := range d.Places {
		if p.Span.End == end && p.Precision == "country" && (p.Kind == "place" || p.Kind == "metonym") {
			return true
		}
	}
	return false
}

// ownBombIn reports whether tokens [lo, hi) tell that a bomb went off on
// those who set it (ownbomb words) — not the doer's way of killing: "by
// planting a bomb under his car".
func (s *Stage) ownBombIn(d *doc.Doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.ownBomb[d.TokenNorm(k)] && !(k > lo && d.TokenNorm(k-1) == "by") {
			return true
		}
	}
	return false
}

// hurtIn reports whether tokens [lo, hi) count people hurt.
func hurtIn(d *doc.Doc, lo, hi int) bool {
	if hi <= lo {
		return false
	}
	sp := doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End}
	for _, q := range d.Quantities {
		if q.Class == "injured" && sp.Contains(q.Span) {
			return true
		}
	}
	return false
}

// madeSafe reports whether the weapon ending before token end was made
// safe before it went off: "a car bomb was defused by police" (seizure
// words after a form of "to be").
func (s *Stage) madeSafe(d *doc.Doc, end, hi int) bool {
	return end+1 < hi && isBe(d, end) && s.seizing[d.TokenNorm(end+1)]
}

// framed reports whether the agreement at token i is cited as the frame
// of another deed ("Israeli forces withdrew from Khiam as part of the
// ceasefire agreement"): the words before it (frame lines, with "the")
// say so.
func (s *Stage) framed(d *doc.Doc, lo, i int) bool {
	if i-2 < lo || d.TokenNorm(i-1) != "the" {
		return false
	}
	one := d.TokenNorm(i - 2)
	return s.frames[one] || i-3 >= lo && s.frames[d.TokenNorm(i-3)+" "+one] || i-4 >= lo && s.frames[d.TokenNorm(i-4)+" "+d.TokenNorm(i-3)+" "+one]
}

// made reports whether the agreement at tokens [i, end) is one made, or
// one talked of: a concluding word in it or a few words around it ("the
// two sides signed a truce", "a ceasefire brokered by Qatar took
// effect"), or one talked of (talkedOf), which build marks planned.
func (s *Stage) made(d *doc.Doc, lo, i, end, hi int) bool {
	if s.talkedOf(d, lo, i, end, hi) {
		return true
	}
	for k := max(lo, i-8); k < min(hi, end+10); k++ {
		w := d.TokenNorm(k)
		if s.concluded[w] {
			return true
		}
		for n := k + 1; n < min(hi, k+4); n++ {
			if w += " " + d.TokenNorm(n); s.concluded[w] {
				return true
			}
		}
	}
	return false
}

// talkedOf reports whether the agreement at tokens [i, end) is one
// talked of: talks before it in its sentence or right after it
// ("mediators pushed for a truce", "ceasefire talks").
func (s *Stage) talkedOf(d *doc.Doc, lo, i, end, hi int) bool {
	return anyIn(d, s.talks, lo, i) || end < hi && s.talks[d.TokenNorm(end)]
}

// landedOn reports whether the passive strike at tokens [i, end) has a
// building or civil site right before it as its subject and no agent
// after it: "a residential building was hit in Kherson" (not "the ship
// was hit by an unmanned surface vessel", whose weapon tells the deed).
func (s *Stage) landedOn(d *doc.Doc, lo, i, end, hi int) bool {
	if i <= lo || end < hi && d.TokenNorm(end) == "by" {
		return false
	}
	w := d.TokenNorm(i - 1)
	return s.buildings[w] || s.civilSites[w]
}

// sinceClause reports whether token i lies in a clause "since" opens:
// "displaced from El Gezira since the RSF stepped up its attacks on
// October 20" — a weak word there dates the sentence's deed, and is none.
// ("since Sunday morning" is a date, no clause.)
func sinceClause(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		switch w := d.TokenNorm(k); {
		case w == "since":
			return !dateAt(d, k+1)
		case d.Tokens[k].Kind != doc.Word:
			return false
		}
	}
	return false
}

// afterCampaign reports whether the tokens from i up to offset before
// say the deed came after a campaign: "after a nine-month battle",
// "after a months-long siege".
func afterCampaign(d *doc.Doc, i int, before int32) bool {
	for k := i; k < len(d.Tokens) && d.Tokens[k].Span.Start < before; k++ {
		if d.TokenNorm(k) != "after" {
			continue
		}
		for j := k + 1; j < len(d.Tokens) && j <= k+5 && d.Tokens[j].Span.Start < before; j++ {
			switch d.TokenNorm(j) {
			case "battle", "siege", "offensive", "campaign", "fighting", "bombardment":
				return true
			}
		}
	}
	return false
}

// anniversary reports whether the trigger at token i is the deed an
// anniversary counts from: "marked a decade since Islamic State militants
// overran Mosul", "on the first anniversary of the massacre" — a story's
// background, no deed of its day.
func anniversary(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-8; k-- {
		switch w := d.TokenNorm(k); {
		case w == "since" && k-1 >= lo:
			switch d.TokenNorm(k - 1) {
			case "decade", "decades", "year", "years", "months", "anniversary":
				return true
			}
			return false
		case w == "anniversary":
			return k+1 < i && d.TokenNorm(k+1) == "of"
		case d.Tokens[k].Kind != doc.Word:
			return false
		}
	}
	return false
}

// dateAt reports whether a date mention starts at token i ("since
// Sunday morning").
func dateAt(d *doc.Doc, i int) bool {
	if i >= len(d.Tokens) {
		return false
	}
	off := d.Tokens[i].Span.Start
	k := sort.Search(len(d.Dates), func(k int) bool { return d.Dates[k].Span.End > off })
	return k < len(d.Dates) && d.Dates[k].Span.Start <= off
}

// motive reports whether the figure at sp is of a death that a crowd
// protests: "to protest the killing of a local trader", "against the
// death of two students", "over the murder of a lawyer".
func motive(d *doc.Doc, sp doc.Span) bool {
	i := tokenBefore(d, sp.Start, false)
	// Or the dead of what a protest is over, counted in its relative
	// clause: "during a protest over the collapse of a railway station
	// canopy that killed 15 people".
	if j := i; j >= 2 && (d.TokenNorm(j-1) == "that" || d.TokenNorm(j-1) == "which") {
		for k := j - 2; k >= 0 && k >= j-12; k-- {
			switch d.TokenNorm(k) {
			case "over", "against", "protesting", "denouncing", "condemning", "mourning":
				return true
			case ".", ";":
				k = -1
			}
		}
	}
	// (past a count: "the abduction of 12 villagers")
	for n := 0; n < 2 && i >= 1 && d.TokenNorm(i) != "of" && (d.Tokens[i].Kind == doc.Number || d.Tokens[i].Kind == doc.Word && !d.Tokens[i].Upper); n++ {
		i--
	}
	if i < 1 || d.TokenNorm(i) != "of" {
		return false
	}
	switch d.TokenNorm(i - 1) {
	case "killing", "killings", "death", "deaths", "murder", "murders", "shooting", "lynching", "assassination", "abduction", "abductions", "kidnapping", "kidnappings", "arrest", "arrests", "detention":
	default:
		return false
	}
	for k := i - 2; k >= 0 && k >= i-4; k-- {
		switch d.TokenNorm(k) {
		case "protest", "protesting", "protested", "protests", "against", "over", "denounce", "denouncing", "condemn", "condemning", "mourn", "mourning", "for":
			return true
		}
	}
	return false
}

// deedOpens reports whether the sentence opens with a definite deed noun
// before its trigger at token i: "The attack on Tuesday morning … involved
// a truck loaded with explosives" tells the attack just told again.
func (s *Stage) deedOpens(d *doc.Doc, lo, i int) bool {
	if i <= lo+1 {
		return false
	}
	switch d.TokenNorm(lo) {
	case "the", "this", "that":
		return s.deedNouns[d.TokenNorm(lo+1)]
	}
	return false
}

// weakPlace reports whether an event's place came from no sentence or
// paragraph of its own — the article's main place, its dateline, or none
// — or is only the country the sentence names.
func weakPlace(from string) bool {
	return from == "article" || from == "dateline" || from == "country" || from == ""
}

// secondClause adds the deed of a clause that another armed actor opens
// after the sentence's first deed ("Air strikes killed 12 civilians in
// Maarat al-Numan while Turkish forces shelled Tal Rifaat"): a strong
// trigger there makes an event of its own, with the clause's figures,
// actors and place.
func (s *Stage) secondClause(d *doc.Doc, si, hi int, first found, kills *[]bool) {
	_, chi := s.clauseOf(d, d.Sents[si], first.end, hi)
	if chi >= hi {
		return
	}
	// (A weak word counts there: the clause was opened by an armed actor
	// of its own — "…, as Hezbollah fired dozens of rockets into northern
	// Israel".)
	f, ok := s.bestTrigger(d, chi, hi, -1)
	if !ok || f.t.kill {
		return
	}
	if e, ok := s.build(d, si, chi, hi, f); ok {
		d.Events = append(d.Events, e)
		*kills = append(*kills, false)
	}
}

// reprisalDeed adds the deed that a reprisal phrase after the sentence's
// own deed names, when the phrase tells it as news — with no definite word
// that points back to a deed told ("in response to the strikes") and with
// a place of its own that no deed of its kind told before has: "Afghan
// forces had launched the operation in response to Pakistani air strikes
// on Kabul and the eastern province of Paktika on Thursday".
// (Or set before it, up to its comma: "In response to Israeli strikes on
// Nabatieh, Hezbollah fired rockets at northern Israel".)
func (s *Stage) reprisalDeed(d *doc.Doc, si, hi int, first found, kills *[]bool) {
	lo, _ := d.TokensIn(d.Sents[si].Span)
	// (The phrase is looked for by its last word's hash, as in answers;
	// it opens the sentence or comes after its deed.)
	for k := lo; k < hi; k++ {
		if !s.answeringLast.Has(d.Tokens[k].Hash) {
			continue
		}
		start, n := -1, -1
		for _, r := range s.reprisals[d.TokenNorm(k)] {
			if b := k + 1 - len(r); b == lo || b > lo && b >= first.end {
				if end, ok := s.match(d, b, hi, r); ok && end == k+1 {
					start, n = b, end
					break
				}
			}
		}
		if n < 0 {
			continue
		}
		if n >= hi || definiteWord(d.TokenNorm(n)) || d.Tokens[n].Kind != doc.Word {
			return
		}
		reach := hi
		if start < first.start {
			for reach = n; reach < first.start && d.TokenNorm(reach) != ","; reach++ {
			}
		}
		// (A weak word with its doer before it names the deed: "Israeli
		// strikes on Nabatieh".)
		f, ok := s.bestTrigger(d, n, reach, -1)
		if !ok || f.t.weak && !armedAt(d, n) || f.t.kill || f.start > n+4 {
			return
		}
		e, ok := s.build(d, si, n, reach, f)
		if !ok || e.PlaceFrom != "sentence" || !e.Place.Valid() || d.Places[e.Place.Get()].Span.Start < d.Tokens[n].Span.Start {
			return
		}
		for _, o := range d.Events {
			if o.Article == e.Article && o.Subtype == e.Subtype && !weakPlace(o.PlaceFrom) && samePlace(d, o.Place, e.Place) {
				return
			}
		}
		d.Events = append(d.Events, e)
		*kills = append(*kills, false)
		return
	}
}

// liveFireIn reports whether tokens [lo, hi) tell of live fire: "with
// gunfire", "live ammunition", "bullets" that are not rubber or plastic.
func (s *Stage) liveFireIn(d *doc.Doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.liveFire[d.TokenNorm(k)] && (k == lo || !s.liveFire["not "+d.TokenNorm(k-1)]) {
			return true
		}
	}
	return false
}

// sameDeedDoer returns the doer of the last deed of sub-event sub told
// in its article before the trigger at token i, when the trigger is
// named with a definite word ("the shelling", "this attack").
func sameDeedDoer(d *doc.Doc, sub string, i int, st doc.Sent) doc.Index {
	if i < 1 || !definiteWord(d.TokenNorm(i-1)) {
		return 0
	}
	for k := len(d.Events) - 1; k >= 0; k-- {
		o := &d.Events[k]
		if o.Article == int(st.Article) && o.Subtype == sub && o.Actor1.Valid() && len(o.Evidence) > 0 && o.Evidence[0].End <= d.Tokens[i].Span.Start {
			return o.Actor1
		}
	}
	return 0
}

// paraTokens returns the tokens [lo, hi) of sentence st's paragraph.
func paraTokens(d *doc.Doc, st doc.Sent) (int, int) {
	return d.TokensIn(d.Paras[st.Para])
}

// toldBefore reports whether a deed was told before token lo in its
// article: a claim of "the attack" retells it; with none told, the claim
// is the telling ("Al-Shabaab claimed the attack on a hotel in Mogadishu
// on Friday, which killed 9 people").
func toldBefore(d *doc.Doc, lo int) bool {
	si := d.SentAt(d.Tokens[lo].Span.Start)
	if si >= len(d.Sents) {
		return false
	}
	for k := range d.Events {
		if d.Events[k].Article == int(d.Sents[si].Article) {
			return true
		}
	}
	return false
}

// civilianVictims reports whether e's dead or hurt are civilians by who
// they are: "civilians", and also "1 woman", "3 children".
func civilianVictims(d *doc.Doc, e *doc.Event) bool {
	return e.Victims == "civilians" || e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Civilian == "civilian"
}

// alsoBefore reports whether "also" comes before the trigger at trig in
// clause: the deed is told as more of one told before.
func alsoBefore(d *doc.Doc, clause, trig doc.Span) bool {
	lo, hi := d.TokensIn(doc.Span{Start: clause.Start, End: trig.Start})
	for k := lo; k < hi; k++ {
		if d.TokenNorm(k) == "also" {
			return true
		}
	}
	return false
}

// allCivilian reports whether every figure of the dead qs counts
// civilians ("a staff member and around 20 civilians").
func allCivilian(d *doc.Doc, qs []doc.Index) bool {
	for _, q := range qs {
		if d.Quantities[q.Get()].Civilian != "civilian" {
			return false
		}
	}
	return true
}

// clashWithState returns the state's forces that tokens [lo, hi) say
// someone clashed with: "clashing with police", "clashed with security
// forces".
func clashWithState(d *doc.Doc, lo, hi int) (doc.Index, bool) {
	for k := lo; k+1 < hi; k++ {
		switch d.TokenNorm(k) {
		case "clashed", "clashing", "clashes", "clash", "scuffled", "scuffling", "fought":
		default:
			continue
		}
		if d.TokenNorm(k+1) != "with" {
			continue
		}
		for j, a := range d.Actors {
			if a.Span.Start >= d.Tokens[k+1].Span.End && a.Span.Start <= d.Tokens[min(k+4, hi-1)].Span.Start && a.Type == "state" {
				return doc.MakeIndex(j), true
			}
		}
	}
	return 0, false
}

// crowdClash reports whether the clash e, told in tokens [lo, at) before
// its trigger at (a verb of fighting), is between crowds: a crowd word ("supporters", "workers",
// "villagers") outside any armed actor's name ("Kurdistan Workers Party"),
// and no side that is an armed force, unless the crowd word makes its
// name a crowd's ("BNP supporters", "supporters of the BNP").
func (s *Stage) crowdClash(d *doc.Doc, e doc.Event, lo, at int) bool {
	switch w := d.TokenNorm(at); w {
	case "clashed", "clash", "clashes", "clashing", "fought", "scuffled", "brawled":
	default:
		if !s.crowdAttack[w] {
			return false // "activists said the attack killed 50 fighters"
		}
		// An attack: only a party's crowd ("Awami League activists
		// attacked BNP activists"); a mob that attacks does so to its
		// victims.
		if !isType(d, e.Actor1, "political militia") && !isType(d, e.Actor2, "political militia") {
			return false
		}
	}
	crowd := -1
	for k := lo; k < at && crowd < 0; k++ {
		if !s.crowd[d.TokenNorm(k)] || inSource(d, d.Tokens[k].Span) {
			continue
		}
		crowd = k
		for _, a := range d.Actors {
			if a.Span.Contains(d.Tokens[k].Span) && a.Type != "political militia" && a.Type != "civilians" && a.Type != "protesters" {
				crowd = -1 // "PKK: Kurdistan Workers Party"
				break
			}
		}
	}
	if crowd < 0 {
		return false
	}
	// A party's name is a crowd's when a crowd word is in it ("BNP
	// activists", "supporters of the Awami League") or beside it ("BNP
	// and AL activists"), or when it is joined by "and" to one that is
	// ("supporters of the BNP and the Awami League"); else it is a
	// militia that fights.
	crowdEnd := -1               // the end of the last name that is a crowd's
	var sides []doc.ActorMention // in text order
	for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
		if ix.Valid() {
			sides = append(sides, d.Actors[ix.Get()])
		}
	}
	slices.SortFunc(sides, func(a, b doc.ActorMention) int { return int(a.Span.Start - b.Span.Start) })
	for _, a := range sides {
		switch a.Type {
		case "civilians", "protesters":
		case "political militia":
			lo, hi := d.TokensIn(a.Span)
			joined := crowdEnd >= 0 && lo-crowdEnd <= 2 && slices.Contains([]string{d.TokenNorm(lo - 1), d.TokenNorm(max(lo-2, 0))}, "and")
			if (crowd < lo-3 || crowd > hi+3) && !joined && !anyIn(d, s.crowd, lo, hi) {
				return false
			}
			crowdEnd = hi
		default:
			return false
		}
	}
	return true
}

// betweenCrowd reports whether the fight told as a noun in tokens [i, end)
// is "between" crowds: a crowd word within ten words after "between"
// ("a gunfight between rival Jamaat-e-Islami and PTI supporters").
func betweenCrowd(d *doc.Doc, crowd map[string]bool, i, end, hi int) bool {
	switch d.TokenNorm(i) {
	case "clash", "clashes", "gunfight", "gunfights", "fight", "fighting", "brawl", "scuffle", "scuffles", "skirmish", "skirmishes":
	default:
		return false
	}
	if end >= hi || d.TokenNorm(end) != "between" {
		return false
	}
	for k := end + 1; k < hi && k <= end+10; k++ {
		w := d.TokenNorm(k)
		if crowd[w] {
			return true
		}
		if w == "," || w == ";" || w == "in" || w == "on" {
			return false
		}
	}
	return false
}

// victimSpan returns where a deed's unnamed victims are told: the figure
// counted after the trigger in its sentence, else the trigger itself, or
// the word after it when an actor holds the trigger ("a crowd set fire":
// the crowd is the mob) — mentions never overlap.
func victimSpan(d *doc.Doc, trig doc.Span, st doc.Sent) doc.Span {
	for _, q := range d.Quantities {
		if q.Span.Start >= trig.End && q.Span.End <= st.Span.End {
			return q.Span
		}
	}
	for _, a := range d.Actors {
		if a.Span.Start < trig.End && trig.Start < a.Span.End {
			lo, hi := d.TokensIn(doc.Span{Start: max(trig.End, a.Span.End), End: st.Span.End})
			for k := lo; k < hi; k++ {
				if d.Tokens[k].Kind == doc.Word {
					return d.Tokens[k].Span
				}
			}
			return doc.Span{}
		}
	}
	return trig
}

// anyClauseWord reports whether tokens [lo, hi) hold a word that may open
// another actor's clause.
func (s *Stage) anyClauseWord(d *doc.Doc, lo, hi int) bool {
	for k := lo; k < hi; k++ {
		if s.clauseWords.Has(d.Tokens[k].Hash) {
			return true
		}
	}
	return false
}

// armedIn reports whether an armed actor is named in tokens [lo, hi).
func (s *Stage) armedIn(d *doc.Doc, lo, hi int) bool {
	if lo >= hi {
		return false
	}
	sp := doc.Span{Start: d.Tokens[lo].Span.Start, End: d.Tokens[hi-1].Span.End}
	for _, a := range d.Actors {
		if sp.Contains(a.Span) && armed(a.Type) {
			return true
		}
	}
	return false
}

// match reports whether words match at token i (hyphens skipped).
func (s *Stage) match(d *doc.Doc, i, hi int, words []string) (int, bool) {
	k := i
	for _, w := range words {
		for k < hi && d.TokenNorm(k) == "-" {
			k++
		}
		if k >= hi || d.TokenNorm(k) != w {
			return i, false
		}
		k++
	}
	return k, true
}

// build fills an event's arguments from its sentence, paragraph and
// article.
func (s *Stage) build(d *doc.Doc, si, lo, hi int, f found) (doc.Event, bool) {
	st := d.Sents[si]
	trig := doc.Span{Start: d.Tokens[f.start].Span.Start, End: d.Tokens[f.end-1].Span.End}
	// Raids by forces on the ground, with nothing of the air in their
	// sentence, are no air raids: "Israeli forces conducted a series of
	// raids in Jenin refugee camp, killing 9 militants" is a clash;
	// "regime raids", "Russian raids" stay strikes.
	if f.t.sub == "Air/drone strike" && f.t.weak && strings.HasPrefix(d.TokenNorm(f.start), "raid") && anyIn(d, s.ground, max(lo, f.start-8), f.start) && !s.fromAir(d, st.Span) {
		f.t.typ, f.t.sub, f.t.opposed = "Battles", "Armed clash", true
	}
	// Bombs dropped are dropped from the air: "a paraglider dropped two
	// bombs on the crowd" (the literal phrases hold no count).
	if f.t.sub == "Remote explosive/landmine/IED" && f.t.weak && anyIn(d, s.dropping, max(lo, f.start-3), f.start) {
		f.t.typ, f.t.sub = "Explosions/Remote violence", "Air/drone strike"
	}
	e := doc.Event{Article: int(st.Article), Type: f.t.typ, Subtype: f.t.sub, Trigger: trig, Evidence: []doc.Span{st.Span}}
	e.Modality = s.modality(d, lo, f.start, f.end, hi)
	// Ground sought is fought for, not taken: "RSF fighters tried to
	// storm El Fasher" is a clash; "The RSF has been trying to capture El
	// Fasher for more than a year" a campaign, no event.
	// (An agreement sought is one still talked of: "mediators have been
	// trying for months to broker a ceasefire".)
	if e.Modality == "attempted" && e.Type == "Strategic developments" {
		e.Modality = "planned"
	}
	if e.Modality == "attempted" && (e.Subtype == "Territory" || e.Subtype == "Armed clash") {
		e.Type, e.Subtype, e.Modality = "Battles", "Armed clash", ""
		if f.start-4 >= lo && d.TokenNorm(f.start-3) == "been" || f.start-3 >= lo && d.TokenNorm(f.start-2) == "been" {
			e.Modality = "habitual"
		}
	}
	if e.Subtype == "Agreement" && e.Modality == "" && s.talkedOf(d, lo, f.start, f.end, hi) {
		e.Modality = "planned"
	}
	// The deed's own clause: not another actor's that follows ("… killed
	// 43 people as US-backed fighters advanced"); from lo, which is past
	// the sentence's start for the second of two deeds.
	clause, chi := s.clauseOf(d, st, f.end, hi)
	part := doc.Span{Start: max(clause.Start, d.Tokens[lo].Span.Start), End: clause.End}

	// The figures of the clause — not those of what it followed: "a mob
	// attacked a police station … after a man died in custody".
	// (Up to the comma that closes it: "captured an army outpost after
	// three days of fighting, killing 8 soldiers" counts the capture's.)
	// (Nor is the fight for ground taken another deed: "recaptured
	// Mahaas after a battle in which 11 militants died".)
	causeAt, causeEnd := part.End, part.End
	for k := f.end; k < chi; k++ {
		if w := d.TokenNorm(k); (w == "after" || w == "following") && !(f.t.sub == "Territory" && s.subIn(d, k+1, chi, "Armed clash")) {
			causeAt = d.Tokens[k].Span.Start
			for j := k + 1; j+1 < chi; j++ {
				if d.TokenNorm(j) == "," && strings.HasSuffix(d.TokenNorm(j+1), "ing") {
					causeEnd = d.Tokens[j].Span.Start
					break
				}
			}
			break
		}
	}
	var fatal, anyFatal doc.Index
	for k, q := range d.Quantities {
		if q.Span.Start < part.Start || q.Span.End > part.End {
			continue
		}
		// Nor the death a crowd protests: "blocked roads … to protest the
		// killing of a local trader by police" counts no dead of the
		// protest.
		if q.Class == "fatal" && motive(d, q.Span) {
			continue
		}
		if q.Class == "fatal" && q.Span.Start > causeAt && q.Span.Start < causeEnd {
			continue
		}
		switch {
		case q.Class == "fatal" && q.Role != "part" && !fatal.Valid():
			if q.Role != "aggregate" {
				fatal = doc.MakeIndex(k)
			} else if !anyFatal.Valid() {
				anyFatal = doc.MakeIndex(k)
			}
		case q.Class == "affected":
			e.Affected = append(e.Affected, doc.MakeIndex(k))
		}
	}
	if !fatal.Valid() {
		fatal = anyFatal
	}
	e.Fatalities = fatal
	if fatal.Valid() {
		e.MoreFatal = coordinated(d, fatal, st.Span)
		// "…, adding that 3 militants were also killed": more dead of
		// the deed, later in its sentence.
		prev := d.Quantities[fatal.Get()].Span
		for k := fatal.Get() + 1; k < len(d.Quantities); k++ {
			q := d.Quantities[k]
			if !st.Span.Contains(q.Span) {
				break
			}
			if q.Class == "fatal" && q.Role != "part" && q.Role != "aggregate" && !slices.Contains(e.MoreFatal, doc.MakeIndex(k)) &&
				also(d, doc.Span{Start: prev.End, End: st.Span.End}, q.Span) {
				e.MoreFatal = append(e.MoreFatal, doc.MakeIndex(k))
			}
			prev = q.Span
		}
	}
	if fatal.Valid() {
		e.Victims = d.Quantities[fatal.Get()].Who
	}
	// A sentence that only totals a war is background, not an event: a
	// toll over a stated period ("over the last 27 days") stays, a whole
	// war's ("the conflict has killed more than 300,000") does not.
	// (Ground taken beside the toll of the battle for it is no
	// background: "Iraqi forces retook Mosul in July 2017 after a
	// nine-month battle that … killed thousands of civilians" — the
	// deed stands, without the campaign's dead.)
	campaign := fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" && f.t.sub == "Territory" && afterCampaign(d, f.end, d.Quantities[fatal.Get()].Span.Start)
	if campaign {
		fatal, e.Fatalities, e.MoreFatal, e.Victims = 0, 0, nil, ""
	}
	if fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" && (f.t.typ == "" || !d.Quantities[fatal.Get()].Period.Valid() && violent(f.t.typ)) {
		return e, false
	}
	// So is a war's displacement beside its toll: "The violence has
	// killed more than 20,000 people and displaced over two million."
	if e.Subtype == "Displacement" && fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" && !d.Quantities[fatal.Get()].Period.Valid() {
		return e, false
	}
	// Or alone: "The war … has displaced more than 10 million people."
	for _, k := range e.Affected {
		if q := d.Quantities[k.Get()]; e.Subtype == "Displacement" && q.Role == "aggregate" && !q.Period.Valid() {
			return e, false
		}
	}
	// "23 people have been killed since the protests began last month":
	// a deed that dates another is a time, not an event.
	if k := f.start - 1; k >= lo {
		for k > lo && (d.TokenNorm(k) == "the" || d.TokenNorm(k) == "this" || d.TokenNorm(k) == "these" || d.TokenNorm(k) == "its" || d.TokenNorm(k) == "their") {
			k--
		}
		if d.TokenNorm(k) == "since" || d.TokenNorm(k) == "before" {
			for j := f.end; j < hi && j < f.end+3; j++ {
				switch d.TokenNorm(j) {
				case "began", "begun", "started", "erupted", "broke", "resumed":
					return e, false
				}
			}
		}
	}
	// "… killed in Syria's conflict, which began in 2011 with
	// anti-government protests": a protest beside a war's toll is the
	// war's history, not an event.
	if e.Subtype == "Peaceful protest" && fatal.Valid() && d.Quantities[fatal.Get()].Role == "aggregate" {
		for k := f.start - 1; k >= lo && k >= f.start-10; k-- {
			switch d.TokenNorm(k) {
			case "began", "begun", "erupted", "started", "sparked", "triggered":
				return e, false
			}
		}
	}
	// A peaceful protest, a deal, a displacement kill no one: a figure of
	// the dead beside them ("protests began in 2011 in a war that has
	// killed 330,000") is another story's.
	// Unless the state's forces are in the sentence and the dead are of
	// this day: "security forces fired live ammunition at protesters in
	// Khartoum, killing 2" is excessive force against them.
	if (e.Subtype == "Peaceful protest" || e.Subtype == "Protest with intervention") && fatal.Valid() && d.Quantities[fatal.Get()].Role != "aggregate" {
		for _, a := range d.Actors {
			if a.Type == "state" && part.Contains(a.Span) {
				e.Subtype = "Excessive force against protesters"
				break
			}
		}
	}
	// So is a protest broken up with live fire, whoever it hurt: "police
	// dispersed a demonstration … with gunfire, injuring 4" (not
	// "rubber bullets").
	if e.Subtype == "Protest with intervention" && s.liveFireIn(d, lo, hi) {
		e.Subtype = "Excessive force against protesters"
	}
	if e.Type == "Strategic developments" || e.Subtype == "Peaceful protest" {
		e.Fatalities, e.Victims, e.MoreFatal = 0, "", nil
	}

	// "Police arrested 15 protesters during a demonstration", "police
	// arrested 20 opposition supporters during a rally": a protest the
	// authorities broke up, as ACLED codes arrests at one.
	if e.Subtype == "Peaceful protest" && s.arrestsProtesters(d, lo, hi) {
		e.Subtype = "Protest with intervention"
	}
	// "destroyed": what was destroyed decides.
	if f.t.object {
		// "The attack destroyed several houses": what a deed already
		// told did, not a deed of its own.
		if k := skipBack(d, f.start-1, false); k >= lo && s.deedNouns[d.TokenNorm(k)] {
			return e, false
		}
		switch obj := s.objectOf(d, f.end, hi); {
		case f.t.sub == "Headquarters or base established":
			if obj != "base" {
				return e, false // "set up a committee"
			}
		case obj == "weapon":
			e.Type, e.Subtype = "Strategic developments", "Disrupted weapons use"
		case obj == "property":
			if f.t.sub == "Disrupted weapons use" {
				return e, false // "recovered stolen property": no weapon
			}
		default:
			return e, false
		}
	}
	s.pickActors(d, &e, lo, chi, f)
	// A base is an armed group's: "the UN set up a new base" is none.
	if e.Subtype == "Headquarters or base established" && !(e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type)) {
		return e, false
	}
	// "RSF fighters tried to storm El Fasher but were repelled by the
	// army": the side repelled attacked, and acts (data: repelling).
	// So is it when the side that beat it back is the subject: "The army
	// repelled an RSF attack on El Fasher" ("fought" alone is no
	// repelling: "fought off" is).
	if e.Actor1.Valid() && e.Actor2.Valid() && s.repelling[d.TokenNorm(f.start)] {
		a1, a2 := d.Actors[e.Actor1.Get()].Span, d.Actors[e.Actor2.Get()].Span
		passive := f.start > lo && isBe(d, f.start-1)
		active := !passive && (f.end-f.start > 1 || strings.HasPrefix(d.TokenNorm(f.start), "rep"))
		if passive && a1.Start > trig.Start && a2.End <= trig.Start || active && a1.End <= trig.Start && a2.Start >= trig.End {
			e.Actor1, e.Actor2 = e.Actor2, e.Actor1
		}
	}
	// "\"Our forces captured 25 Pakistani army posts,\" he told
	// reporters", said by the Taliban's spokesman: the speaker's side
	// acts, on the side the deed names.
	if x := ourSide(d, lo, f.start); x.Valid() && (!e.Actor1.Valid() || d.Actors[e.Actor1.Get()].Name != d.Actors[x.Get()].Name) {
		if e.Actor1.Valid() {
			e.Actor2 = e.Actor1
		}
		e.Actor1 = x
	}
	// "… shot dead a municipal police officer in Celaya. Later that day,
	// they set fire to two vehicles": the pronoun that does the deed is
	// the doer of the deed just told in the paragraph, not its victim.
	if !e.Actor1.Valid() && pronounDoer(d, lo, f.start) {
		// (Named before it in its own sentence: "… used by Daesh to
		// protect the nearby city of Palmyra, which they captured in May
		// 2015".)
		for k := len(d.Actors) - 1; k >= 0 && !e.Actor1.Valid(); k-- {
			if a := d.Actors[k]; a.Span.Start >= st.Span.Start && a.Span.End <= d.Tokens[f.start].Span.Start && armed(a.Type) && !inSource(d, a.Span) {
				e.Actor1 = doc.MakeIndex(k)
				if e.Actor2.Valid() && d.Actors[e.Actor2.Get()].Name == a.Name {
					e.Actor2 = 0
				}
			}
		}
		for k := len(d.Events) - 1; k >= 0 && !e.Actor1.Valid(); k-- {
			if o := d.Events[k]; paraAt(d, o.Evidence[len(o.Evidence)-1].Start) == st.Para {
				e.Actor1 = o.Actor1
				break
			}
		}
	}
	// Arrests told after a protest in its sentence are its intervention:
	// "women marched in Istanbul …; police detained 20 of them".
	if e.Subtype == "Arrests" && isType(d, e.Actor1, "state") && s.triggerIn(d, lo, f.start, isProtest) {
		e.Type, e.Subtype = "Protests", "Protest with intervention"
		e.Actor1, e.Actor2 = protesters(d, trig, st, false), e.Actor1
	}
	// Air strikes are flown by states: "20 members of IS were killed …
	// in air strikes targeting an IS training base", "Air strikes on the
	// Islamic State group's de facto capital Raqa" — the group is the
	// target, and the striker unnamed. (Drones fly for anyone.)
	s.stateInAir(d, &e)
	// "people demonstrated in Belgrade …; police … detained 15 people":
	// arrests by the state after a protest in its sentence are its
	// intervention.
	if e.Subtype == "Peaceful protest" && s.triggerIn(d, f.end, hi, isArrest) {
		for k, a := range d.Actors {
			if a.Span.Start >= trig.End && a.Span.End <= st.Span.End && a.Type == "state" {
				e.Subtype = "Protest with intervention"
				if !e.Actor2.Valid() {
					e.Actor2 = doc.MakeIndex(k)
				}
				break
			}
		}
	}
	// "Israeli forces raided Jenin refugee camp. Palestinian militants
	// fired at them": the pronoun right after the deed is the armed side
	// named before the sentence.
	if e.Actor1.Valid() && !e.Actor2.Valid() && f.end < hi {
		if w := d.TokenNorm(f.end); w == "them" || w == "him" {
			if k := lastActor(d, st); k.Valid() && d.Actors[k.Get()].Name != d.Actors[e.Actor1.Get()].Name {
				e.Actor2 = k
			}
		}
	}
	// "2 ISWAP fighters were killed when a bomb they were planting
	// detonated prematurely": the bomb was theirs (ACLED names no other
	// side).
	if e.Subtype == "Remote explosive/landmine/IED" && e.Actor2.Valid() && armed(d.Actors[e.Actor2.Get()].Type) && (!e.Actor1.Valid() || unidentified(d.Actors[e.Actor1.Get()])) && s.ownBombIn(d, lo, chi) {
		e.Actor1, e.Actor2 = e.Actor2, 0
	}
	// A bombing by an army is from the air: "the Colombian military
	// killed 4 members of the EMC in a bombing in El Plateado" is an air
	// strike, as ACLED codes a state's bombing; an armed group's bomb is
	// an explosive it set.
	if e.Subtype == "Remote explosive/landmine/IED" && f.t.weak && f.end-f.start == 1 && e.Actor1.Valid() && strings.HasPrefix(d.TokenNorm(f.start), "bomb") {
		if a := d.Actors[e.Actor1.Get()]; strings.HasPrefix(a.Name, "Military Forces of ") && st.Span.Contains(a.Span) {
			e.Subtype = "Air/drone strike"
		}
	}
	// "Police found the bodies of six men": the finders did not kill
	// them; whoever did is unidentified.
	if f.t.found {
		// (Found are the dead counted: "the bodies of 6 men … were
		// found"; not "weapons were found".)
		if t := trig.In(d.Text); !e.Fatalities.Valid() && !strings.Contains(t, "bodies") && !strings.Contains(t, "body") {
			return e, false
		}
		// ("… bodies were recovered after RSF fighters attacked the
		// village": the attackers are named.)
		if k, ok := attackersAfter(d, trig, st.Span); ok {
			e.Actor1 = k
		} else {
			e.Actor1 = genericOn(d, trig, st, "Unidentified Armed Group", "rebel")
		}
		if e.Actor2.Valid() && d.Actors[e.Actor2.Get()].Type != "civilians" {
			e.Actor2 = 0
		}
	}
	// "Fano militia attacked Qemant civilians": civilians fight no one;
	// an armed attack on them is violence against civilians.
	// (Not when those it killed are fighters: "freed 190 passengers …
	// 30 militants had been killed in the operation" was a fight.)
	// The other side is then the fighters' own: "taking dozens of
	// passengers hostage and killing 6 soldiers" is a clash with the army.
	if e.Subtype == "Armed clash" && e.Actor1.Valid() && isType(d, e.Actor2, "civilians") {
		if t := d.Actors[e.Actor1.Get()].Type; t != "civilians" && t != "protesters" {
			if !fightersDead(d, &e) {
				e.Type, e.Subtype = "Violence against civilians", "Attack"
			} else if side := fightersSide(d, &e); side.Valid() {
				e.Actor2 = side
			}
		}
	}
	// "Sheikh Hasina resigned and fled the country": one person's flight,
	// with no people counted or named, displaces no population.
	if e.Subtype == "Displacement" && len(e.Affected) == 0 && !slices.ContainsFunc(d.Actors, func(a doc.ActorMention) bool {
		return a.Type == "civilians" && st.Span.Contains(a.Span)
	}) && !anyIn(d, s.population, lo, hi) {
		return e, false
	}
	// "The attackers fled": an armed group's retreat, not people driven
	// from their homes.
	if e.Subtype == "Displacement" && e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Span.End <= trig.Start {
		if t := d.Actors[e.Actor1.Get()].Type; t != "civilians" && t != "protesters" {
			switch d.TokenNorm(f.start) {
			case "fled", "fleeing", "flee", "flees":
				return e, false
			}
		}
	}
	// "villagers beat to death two suspected cattle thieves": a crowd
	// that kills is a mob (ACLED: Mob violence), no armed actor's deed.
	// (So is one that attacks people: "residents attacked two suspected
	// thieves, killing one"; a crowd that attacks the police riots.)
	attack := s.crowdAttack[d.TokenNorm(f.start)] && !isType(d, e.Actor2, "state") && !isType(d, e.Actor2, "external")
	mob := f.start > lo && s.crowd[d.TokenNorm(f.start-1)] && (f.t.kill && e.Fatalities.Valid() || attack)
	if mob {
		e.Type, e.Subtype = "Riots", "Mob violence"
	}
	if f.t.kill && !mob {
		// "CJNG gunmen killed 4 people": a killing by an armed actor
		// named in the sentence; an attack on the armed ("killing 5
		// policemen") is a clash, on anyone else an attack on civilians.
		// (Or by the speaker: "the Malian army said it had neutralised
		// 12 terrorists".)
		if !e.Actor1.Valid() {
			e.Actor1 = s.speakerActor(d, st, f, trig)
		}
		// "a candidate for mayor was shot dead while campaigning": a
		// killing by a weapon, of someone counted, by no one named — an
		// unidentified armed group (not "3 people were killed in a crash").
		if !e.Actor1.Valid() && s.armedKill[d.TokenNorm(f.start)] && e.Fatalities.Valid() {
			e.Actor1 = genericOn(d, trig, st, "Unidentified Armed Group", "rebel")
		}
		if !e.Actor1.Valid() {
			return e, false
		}
		// "23 Daesh members were killed": in the passive, the actor
		// before the verb is the victim; only a "by" names the killer.
		// (Not "to be" before a name: "men suspected to be bandits
		// killed a village head" is the bandits' deed.)
		if d.Actors[e.Actor1.Get()].Span.End <= trig.Start {
			for k := f.start - 1; k >= lo && k >= f.start-3; k-- {
				if isBe(d, k) && !(k > lo && k+1 < f.start && d.TokenNorm(k-1) == "to") {
					return e, false
				}
			}
		}
		switch d.Actors[e.Actor1.Get()].Type {
		case "civilians", "protesters", "organization", "media", "monitor":
			return e, false
		}
		if !combatantsHit(d, &e) {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
		}
	}
	// The state's forces killing or beating demonstrators use excessive
	// force against a protest: "military forces shot dead 3 protesters
	// during a demonstration in Monywa".
	if e.Type == "Violence against civilians" && e.Subtype == "Attack" && e.Actor1.Valid() && e.Actor2.Valid() &&
		d.Actors[e.Actor1.Get()].Type == "state" && d.Actors[e.Actor2.Get()].Type == "protesters" {
		e.Type, e.Subtype = "Protests", "Excessive force against protesters"
	}
	// A crowd that fights the police riots: "students clashed with police
	// at the University of Dhaka" is no battle between armed sides.
	// (Or crowds named after a fight told as a noun: "a gunfight between
	// rival Jamaat-e-Islami and PTI supporters".)
	crowdAfter := betweenCrowd(d, s.crowd, f.start, f.end, hi)
	if e.Subtype == "Armed clash" && (anyIn(d, s.crowd, lo, f.start) || crowdAfter) {
		var state, other doc.Index
		for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
			if !ix.Valid() {
				continue
			}
			if d.Actors[ix.Get()].Type == "state" {
				state = ix
			} else {
				other = ix
			}
		}
		switch {
		case state.Valid() && (!other.Valid() || d.Actors[other.Get()].Type == "civilians" || d.Actors[other.Get()].Type == "protesters"):
			e.Type, e.Subtype = "Riots", "Violent demonstration"
			e.Actor1, e.Actor2 = protesters(d, trig, st, true), state
		case !state.Valid() && (crowdAfter && !other.Valid() || s.crowdClash(d, e, lo, f.start)):
			// "supporters of the BNP and the Awami League clashed in
			// Feni": two crowds that fight, with no force of a state
			// or armed group among them, riot against each other
			// (rioters on both sides).
			e.Type, e.Subtype = "Riots", "Mob violence"
			e.Actor1 = protesters(d, trig, st, true)
			e.Actor2 = e.Actor1
		}
	}
	// A protest that clashes with the police is a riot: "farmers
	// protested in Brussels against EU agricultural policies, clashing
	// with police".
	if e.Type == "Protests" && (e.Subtype == "Peaceful protest" || e.Subtype == "Protest with intervention") {
		if state, ok := clashWithState(d, lo, hi); ok {
			e.Type, e.Subtype = "Riots", "Violent demonstration"
			e.Actor1, e.Actor2 = protesters(d, trig, st, true), state
		}
	}
	// "riot police clashed with rioters": the crowd is the first side
	// of its riot, as below.
	if e.Type == "Battles" && e.Actor1.Valid() && isType(d, e.Actor2, "protesters") && d.Actors[e.Actor1.Get()].Type == "state" {
		e.Actor1, e.Actor2 = e.Actor2, e.Actor1
	}
	// Demonstrators who fight or storm riot: "protesters stormed the House
	// of Representatives building in Tobruk and set parts of it on fire".
	if isType(d, e.Actor1, "protesters") {
		switch {
		case e.Type == "Battles" && isMob(d, d.Actors[e.Actor1.Get()].Span):
			// "a mob attacked and killed a suspected thief": a mob's
			// violence, no demonstration's.
			e.Type, e.Subtype = "Riots", "Mob violence"
		case e.Type == "Battles":
			e.Type, e.Subtype = "Riots", "Violent demonstration"
		case e.Type == "Violence against civilians":
			e.Type, e.Subtype = "Riots", "Mob violence"
		case e.Subtype == "Looting/property destruction":
			// "protesters set fire to a police station": vandalism by
			// demonstrators is a violent demonstration (ACLED).
			e.Type, e.Subtype = "Riots", "Violent demonstration"
		}
		if a := d.Actors[e.Actor1.Get()]; e.Type == "Riots" && a.Generic && strings.HasPrefix(a.Name, "Protesters") {
			a.Name = "Rioters" + strings.TrimPrefix(a.Name, "Protesters")
			d.Actors = append(d.Actors, a)
			e.Actor1 = doc.MakeIndex(len(d.Actors) - 1)
		}
	}
	if (e.Type == "Protests" || e.Type == "Riots") && e.Subtype != "Excessive force against protesters" {
		// ACLED codes the demonstrators first; the force that
		// intervened is the other side.
		// (Not those whose fate the crowd protests: "to protest the
		// abduction of 12 villagers".)
		if isType(d, e.Actor2, "civilians") && motive(d, d.Actors[e.Actor2.Get()].Span) {
			e.Actor2 = 0
		}
		if e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Type != "protesters" {
			switch {
			case d.Actors[e.Actor1.Get()].Type == "civilians" && d.Actors[e.Actor1.Get()].Span.End <= trig.Start:
				// "residents … blocked roads and burned tyres": the
				// crowd itself, no other side.
				e.Actor1 = 0
			case !e.Actor2.Valid():
				e.Actor2, e.Actor1 = e.Actor1, 0
			case d.Actors[e.Actor2.Get()].Type == "protesters":
				// "police fired rubber bullets at protesters"
				e.Actor1, e.Actor2 = e.Actor2, e.Actor1
			case d.Actors[e.Actor2.Get()].Type == "civilians" && d.Actors[e.Actor2.Get()].Span.End <= trig.Start:
				// "residents blocked roads … to protest the killing of a
				// trader by police": the crowd protests, against the
				// force.
				e.Actor1, e.Actor2 = 0, e.Actor1
			default:
				e.Actor1 = 0
			}
		}
		if !e.Actor1.Valid() {
			e.Actor1 = protesters(d, trig, st, e.Type == "Riots")
		}
		// The force that broke it up, wherever the sentence names it.
		if e.Subtype == "Protest with intervention" && !e.Actor2.Valid() {
			for k, a := range d.Actors {
				if a.Span.Start >= st.Span.Start && a.Span.End <= st.Span.End && a.Type == "state" {
					e.Actor2 = doc.MakeIndex(k)
					break
				}
			}
		}
	}
	// A mob's violence falls on someone: with no other side named, on
	// civilians ("villagers lynched two suspected kidnappers").
	if e.Subtype == "Mob violence" && e.Actor1.Valid() && !e.Actor2.Valid() {
		if sp := victimSpan(d, trig, st); !sp.Empty() {
			e.Actor2 = genericOn(d, sp, st, "Civilians", "civilians")
		}
	}
	// A state's force that kills or hurts protesters uses excessive force
	// on them: "police fired live ammunition at students protesting at
	// Mekelle University, killing 2" (ACLED).
	if e.Type == "Violence against civilians" && e.Subtype == "Attack" && isType(d, e.Actor1, "state") {
		for k, a := range d.Actors {
			if a.Type == "protesters" && part.Contains(a.Span) {
				e.Type, e.Subtype, e.Actor2 = "Protests", "Excessive force against protesters", doc.MakeIndex(k)
				break
			}
		}
	}
	// So does one whose shooting kills people in the paragraph of a
	// protest or riot just told: "protesters stormed the parliament
	// building … Police opened fire, killing at least 5 people" (ACLED).
	if e.Type == "Violence against civilians" && e.Subtype == "Attack" && isType(d, e.Actor1, "state") && (e.Victims == "people" || e.Victims == "") {
		if n := len(d.Events); n > 0 {
			if o := d.Events[n-1]; (o.Type == "Protests" || o.Type == "Riots") && o.Actor1.Valid() && paraAt(d, o.Evidence[len(o.Evidence)-1].Start) == st.Para {
				e.Type, e.Subtype, e.Actor2 = "Protests", "Excessive force against protesters", o.Actor1
			}
		}
	}
	// The force is the doer of excessive force; the protesters suffer it.
	// ("students protested …; federal police fired live ammunition,
	// killing 2": the police, named after the protest, fired.)
	if e.Subtype == "Excessive force against protesters" && !e.Actor1.Valid() && isType(d, e.Actor2, "state") {
		e.Actor1, e.Actor2 = e.Actor2, 0
	}
	// (Those who protest are protesters, whoever they are: "a
	// demonstration by traders".)
	if e.Subtype == "Excessive force against protesters" && (!e.Actor2.Valid() || d.Actors[e.Actor2.Get()].Type == "civilians") && e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Type != "protesters" {
		e.Actor2 = protesters(d, trig, st, false)
	}
	// "Turkish drones targeted a car of SDF members": a country named
	// right before the deed does it; the actor after it is its target.
	if e.Actor1.Valid() && d.Actors[e.Actor1.Get()].Span.Start >= trig.End {
		if nf := s.nationalForces(d, f); nf.Valid() && d.Actors[nf.Get()].Name != d.Actors[e.Actor1.Get()].Name {
			if !e.Actor2.Valid() {
				e.Actor2 = e.Actor1
			}
			e.Actor1 = nf
		}
	}
	// "Russia's Defense Ministry said its air defenses shot down …": a
	// generic force the speaker calls its own is the speaker's, whatever
	// country the story is about.
	// (So is a deed whose only actor stands after it: "its aircraft had
	// struck 'a Hezbollah terrorist'" — Hezbollah is struck.)
	if e.Actor1.Valid() && (d.Actors[e.Actor1.Get()].Generic && armed(d.Actors[e.Actor1.Get()].Type) || d.Actors[e.Actor1.Get()].Span.Start >= trig.End) && ownDeed(d, f.start) {
		if sp := s.speakerActor(d, st, f, trig); sp.Valid() && d.Actors[sp.Get()].Name != d.Actors[e.Actor1.Get()].Name {
			if d.Actors[e.Actor1.Get()].Span.Start >= trig.End && !e.Actor2.Valid() {
				e.Actor2 = e.Actor1
			}
			if e.Actor2.Valid() && d.Actors[e.Actor2.Get()].Name == d.Actors[sp.Get()].Name {
				e.Actor2 = 0
			}
			e.Actor1 = sp
			// The other side, now that one side is known: "… 11
			// Ukrainian drones".
			for k, a := range d.Actors {
				if !e.Actor2.Valid() && a.Span.Start >= trig.End && part.Contains(a.Span) && armed(a.Type) && a.Name != d.Actors[sp.Get()].Name {
					e.Actor2 = doc.MakeIndex(k)
				}
			}
		}
	}
	if !e.Actor1.Valid() {
		e.Actor1 = s.speakerActor(d, st, f, trig)
	}
	if !e.Actor1.Valid() {
		e.Actor1 = s.nationalForces(d, f)
	}
	// "Russian forces attempted to storm Ukrainian positions … but were
	// repelled, the General Staff said": the side repelled, named before
	// the passive, is the other side of the teller's clash.
	if e.Subtype == "Armed clash" && e.Actor1.Valid() && !e.Actor2.Valid() && f.start > lo+1 && isBe(d, f.start-1) {
		for k := len(d.Actors) - 1; k >= 0; k-- {
			a := d.Actors[k]
			if a.Span.End <= trig.Start && a.Span.Start >= d.Tokens[lo].Span.Start && armed(a.Type) && !a.Generic && a.Name != d.Actors[e.Actor1.Get()].Name {
				e.Actor2 = doc.MakeIndex(k)
				break
			}
		}
	}
	// "Houthi forces shot down a US MQ-9 Reaper drone": whose weapon was
	// stopped is the other side.
	if e.Subtype == "Disrupted weapons use" && e.Actor1.Valid() && !e.Actor2.Valid() {
		for k := f.end; k < hi && k < f.end+8; k++ {
			if w := d.TokenNorm(k); s.weapons[w] || s.drones[w] {
				for j := f.end; j < k && !e.Actor2.Valid(); j++ {
					if other := s.nationalForces(d, found{start: j}); other.Valid() && d.Actors[other.Get()].Name != d.Actors[e.Actor1.Get()].Name {
						e.Actor2 = other
					}
				}
				break
			}
		}
	}
	// "its forces had repelled a Ukrainian attack": the other side of a
	// clash is the country whose attack it was.
	if e.Subtype == "Armed clash" && e.Actor1.Valid() && !e.Actor2.Valid() {
		for k := lo; k < hi; k++ {
			if k != f.start && s.assaults[d.TokenNorm(k)] {
				if other := s.nationalForces(d, found{start: k}); other.Valid() && d.Actors[other.Get()].Name != d.Actors[e.Actor1.Get()].Name {
					e.Actor2 = other
				}
			}
			if e.Actor2.Valid() {
				break
			}
		}
	}
	// A bare explosion with no doer, at a mine, a factory or a gas
	// cylinder, is an accident: "an explosion at an illegal gold mine in
	// Kadiolo killed 48 miners".
	// (Or its paragraph says so: "The cause of the blast was not known.")
	if w := d.TokenNorm(f.start); !e.Actor1.Valid() && e.Subtype == "Remote explosive/landmine/IED" && (w == "explosion" || w == "explosions" || w == "blast") {
		if plo, phi := paraTokens(d, st); anyIn(d, s.accident, plo, phi) {
			return e, false
		}
	}
	if !e.Actor1.Valid() && (e.Subtype == "Remote explosive/landmine/IED" || e.Subtype == "Suicide bomb" || e.Subtype == "Grenade") {
		e.Actor1 = genericOn(d, trig, st, "Unidentified Armed Group", "rebel") // the unknown hand, as ACLED names it
	}
	if !e.Actor2.Valid() {
		e.Actor2 = victims(d, &e, st)
	}
	if !e.Actor2.Valid() && e.Type == "Violence against civilians" && !f.t.weak {
		// Violence against civilians is done to civilians, counted or
		// not: "raped a woman", "kidnapped a businessman".
		e.Actor2 = genericOn(d, trig, st, "Civilians", "civilians")
	}
	// One side is not both.
	if e.Actor1.Valid() && e.Actor2.Valid() && d.Actors[e.Actor1.Get()].Name == d.Actors[e.Actor2.Get()].Name {
		e.Actor2 = 0
	}
	// A peaceful protest has no other side (ACLED): "protesters rallied …
	// against the government's decision" is not against its forces.
	if e.Subtype == "Peaceful protest" {
		e.Actor2 = 0
	}
	// A deed named again with "the" is the one told before it, and its
	// doer's: "the shelling continued into Monday", after the RSF's
	// shelling and the RSF's denial that named the army. (A weak word
	// so named with no doer, "the shells hit the camp", is left to
	// retold, which joins it to that deed.)
	if !e.Actor1.Valid() && !f.t.weak {
		e.Actor1 = sameDeedDoer(d, e.Subtype, f.start, st)
	}
	if !e.Actor1.Valid() {
		e.Actor1 = lastActor(d, st)
	}
	// A weapon stopped is the launcher's: "Houthi forces launched a drone
	// towards Eilat. The drone was intercepted by the IDF."
	if e.Subtype == "Disrupted weapons use" && e.Actor1.Valid() && !e.Actor2.Valid() {
		if k := lastActor(d, st); k.Valid() && d.Actors[k.Get()].Name != d.Actors[e.Actor1.Get()].Name {
			e.Actor2 = k
		}
	}
	// A clash's sides are alike: with only one named ("clashes between
	// rival gangs in Cite Soleil"), it is the first.
	if e.Subtype == "Armed clash" && !e.Actor1.Valid() && e.Actor2.Valid() {
		// ("between two armed groups")
		if w := wordBefore(d, d.Actors[e.Actor2.Get()].Span.Start); w == "rival" || w == "between" || (w == "two" || w == "several") && wordBefore(d, d.Tokens[tokenBefore(d, d.Actors[e.Actor2.Get()].Span.Start, true)].Span.Start) == "between" {
			e.Actor1, e.Actor2 = e.Actor2, 0
		}
	}
	// A building stormed is an attack on those inside, not ground taken:
	// "al-Shabaab gunmen stormed the Asasey hotel, killing 26 people".
	// People captured are held, not ground taken: "5 attackers were
	// killed and 2 were captured alive".
	if e.Subtype == "Territory" {
		for _, q := range d.Quantities {
			// (or "it had captured more than 100 soldiers": the figure
			// right after it)
			if q.Class == "detained" && (q.Span.End <= trig.End && q.Span.End >= trig.Start-24 || q.Span.Start >= trig.End && q.Span.Start <= trig.End+1 && q.Who != "") && st.Span.Contains(q.Span) {
				return e, false
			}
		}
	}
	// So is an outpost overrun: "ISWAP fighters overran a military base
	// in Marte" — unless the sentence goes on to the ground taken with
	// it: "… and took control of the town after soldiers withdrew".
	if e.Subtype == "Territory" && s.buildingAfter(d, f.end, hi, storming(d.TokenNorm(f.start))) && !s.groundTaken(d, f.end, hi) {
		e.Type, e.Subtype = "Battles", "Armed clash"
		if civilianVictims(d, &e) || e.Victims == "people" {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
			// Those inside were attacked, not the forces that came
			// after: "stormed a beachfront hotel, killing at least 12
			// people before security forces ended the siege".
			if e.Actor2.Valid() && armed(d.Actors[e.Actor2.Get()].Type) && e.Fatalities.Valid() {
				e.Actor2 = newGeneric(d, d.Quantities[e.Fatalities.Get()].Span, st, "Civilians", "civilians")
			}
		}
	}
	// A village stormed by a communal militia or settlers is raided, its
	// people attacked, not ground taken: "Israeli settlers, escorted by
	// Israeli forces, stormed Al-Mughayyir village and set fire to 10
	// homes".
	// (So is one an armed group storms to shoot its people: "RSF fighters
	// stormed the village of Um Sumeima, shooting residents and looting
	// homes".)
	if w := d.TokenNorm(f.start); e.Subtype == "Territory" && strings.HasPrefix(w, "storm") && e.Actor1.Valid() && (d.Actors[e.Actor1.Get()].Type == "identity militia" || armed(d.Actors[e.Actor1.Get()].Type) && isType(d, e.Actor2, "civilians") && anyIn(d, s.villages, f.end, min(f.end+3, hi))) {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
		if !e.Actor2.Valid() {
			e.Actor2 = genericOn(d, trig, st, "Civilians", "civilians")
		}
	}
	// A place a crowd stormed is a riot, not ground taken: "Crowds
	// stormed her residence in Dhaka", "protesters stormed the
	// parliament".
	if w := d.TokenNorm(f.start); e.Subtype == "Territory" && strings.HasPrefix(w, "storm") && (f.start > lo && s.crowd[d.TokenNorm(f.start-1)] || isType(d, e.Actor1, "protesters")) {
		e.Type, e.Subtype = "Riots", "Violent demonstration"
		if !e.Actor1.Valid() || d.Actors[e.Actor1.Get()].Type != "protesters" {
			if r := protesters(d, trig, st, true); r.Valid() {
				e.Actor1 = r
			}
		}
	}
	// Ground taken after the other side left it, with no fighting told
	// in its paragraph and nobody killed, changed hands without a fight,
	// as ACLED codes it: "al-Shabaab militants took over the town of
	// Elbur after Somali National Army troops withdrew".
	// (An outpost overrun on the way is a fight: "overran a military
	// base in Marte and took control of the town after soldiers
	// withdrew".)
	if e.Subtype == "Territory" && !e.Fatalities.Valid() && anyIn(d, s.yielded, f.end, hi) {
		if plo, phi := paraTokens(d, st); !s.subIn(d, plo, phi, "Armed clash") && !s.outpostOverrun(d, lo, hi) {
			e.Type, e.Subtype = "Strategic developments", "Non-violent transfer of territory"
		}
	}
	// Territory: who took it decides the sub-event. The state's own
	// forces regain it; a non-state actor or a foreign state's forces
	// overtake it, as ACLED's codebook has it ("Russian forces captured
	// the Kanal district" of Chasiv Yar).
	if e.Subtype == "Territory" {
		e.Subtype = "Non-state actor overtakes territory"
		if e.Actor1.Valid() {
			if t := d.Actors[e.Actor1.Get()].Type; t == "state" {
				e.Subtype = "Government regains territory"
			}
		}
	}
	// Killings of civilians with no weapon named are attacks on them:
	// a clash, or a camp stormed, that kills civilians and no fighters.
	// (So does a town stormed that kills people not named as fighters:
	// "gang members stormed a small town, killing at least 70 people".)
	// "around 40 Fulani herders were killed by Dozo militia": the dead
	// counted are civilians, whose words elsewhere name a militia
	// ("Fulani herders attacked the village"); so is the side they are.
	// (Not a group's member counted: "a Hamas official" is Hamas's.)
	if e.Actor2.Valid() && e.Fatalities.Valid() {
		if q, a2 := d.Quantities[e.Fatalities.Get()], d.Actors[e.Actor2.Get()]; q.Civilian == "civilian" && q.Span.Contains(a2.Span) && a2.Span.End == q.Span.End && armed(a2.Type) {
			if k := newGeneric(d, q.Span, st, "Civilians", "civilians"); k.Valid() {
				e.Actor2 = k
			}
		}
	}
	taken := e.Subtype == "Non-state actor overtakes territory" || e.Subtype == "Government regains territory"
	stormed := taken && storming(d.TokenNorm(f.start))
	// (Or a village attacked by one side, none fighting back named: "Israeli
	// settlers attacked Al-Mughayyir village. A Palestinian was killed.")
	villageHit := e.Subtype == "Armed clash" && !e.Actor2.Valid() && s.placeAfter(d, f.end, hi)
	if (e.Subtype == "Armed clash" || taken) &&
		(civilianVictims(d, &e) || e.Victims == "people" && (stormed || villageHit)) && allCivilian(d, e.MoreFatal) && (!e.Actor2.Valid() || d.Actors[e.Actor2.Get()].Type == "civilians") {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
	}
	// A village stormed by shooting at its people: "RSF fighters stormed
	// the village of El Sireha, shooting at residents" is an attack on
	// them, not ground taken from an armed side.
	// (The civilians a campaign's toll counted are no side of it.)
	if campaign && isType(d, e.Actor2, "civilians") {
		e.Actor2 = 0
	}
	if (e.Subtype == "Non-state actor overtakes territory" || e.Subtype == "Government regains territory") && !campaign &&
		(e.Victims == "" || civilianVictims(d, &e) || e.Victims == "people") && len(e.MoreFatal) == 0 && isType(d, e.Actor2, "civilians") && s.violenceIn(d, f.end, chi) {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
	}
	// "The army said its air force had struck RSF positions …, killing
	// dozens of fighters": a clash or killing done from the air is an
	// air strike.
	if (e.Subtype == "Armed clash" || e.Subtype == "Attack") && (f.t.kill || f.t.weak) && e.Actor1.Valid() {
		a1 := d.Actors[e.Actor1.Get()]
		for _, a := range d.Actors {
			if a.Name == a1.Name && part.Contains(a.Span) && a.Span.End <= trig.Start && s.fromAir(d, a.Span) {
				e.Type, e.Subtype = "Explosions/Remote violence", "Air/drone strike"
				break
			}
		}
	}
	// Killing absorbs abducting in one deed (ACLED's rank): "armed
	// bandits attacked Gidan Goga, killing 17 people and abducting 30
	// others" is an attack.
	if e.Subtype == "Abduction/forced disappearance" && e.Fatalities.Valid() && d.Quantities[e.Fatalities.Get()].Role != "aggregate" {
		e.Subtype = "Attack"
	}
	// (A side it only sets out after is none: "launched an operation to
	// pursue the attackers".)
	if f.t.opposed && !e.Fatalities.Valid() && len(e.MoreFatal) == 0 && len(e.Affected) == 0 && (!e.Actor2.Valid() || pursued(d, d.Actors[e.Actor2.Get()].Span)) {
		return e, false
	}
	// An armed group's "attack" that kills people, with no armed side
	// against it: "RSF killed at least 124 people in an attack on a
	// village" is on civilians — a clash needs two armed sides.
	// So is a raid that kills ("Taliban fighters raided a house … and
	// killed two men accused of ties to the resistance").
	if e.Subtype == "Armed clash" && f.t.weak && (e.Victims == "people" || f.t.opposed && e.Fatalities.Valid() && !combatantsHit(d, &e)) && len(e.MoreFatal) == 0 && !e.Actor2.Valid() && e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type) {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
	}
	// A clash needs two armed sides: "Israeli settlers attacked
	// Palestinian farmers …, injuring 4" is an attack on civilians.
	// (Not when its dead are fighters, as above.)
	if e.Subtype == "Armed clash" && len(e.MoreFatal) == 0 && e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type) &&
		isType(d, e.Actor2, "civilians") && !fightersDead(d, &e) {
		e.Type, e.Subtype = "Violence against civilians", "Attack"
	}
	// Armed men who attack a church, a market or a school and kill
	// people no one says fought are attacking civilians: "gunmen attacked
	// a church in Kafanchan during Sunday service, leaving three dead".
	// (So are those who attack a village: "gunmen attacked a village in
	// Bassa, killing 12".)
	if e.Subtype == "Armed clash" && !e.Actor2.Valid() && len(e.MoreFatal) == 0 && e.Fatalities.Valid() && e.Actor1.Valid() && armed(d.Actors[e.Actor1.Get()].Type) {
		plo, phi := d.TokensIn(part)
		if q := d.Quantities[e.Fatalities.Get()]; q.Civilian != "combatant" && (s.atCivilSite(d, part) || anyIn(d, s.villages, plo, phi)) {
			e.Type, e.Subtype = "Violence against civilians", "Attack"
		}
	}
	// Retyped as an attack on civilians, it names the counted dead its
	// other side, as an attack told as one does: Civilians (Nigeria).
	if e.Type == "Violence against civilians" && !e.Actor2.Valid() {
		e.Actor2 = victims(d, &e, st)
	}
	s.civilDead(d, &e, part, st)
	// So are its hurt, when it killed no one: "a Russian glide bomb hit a
	// hospital in Kharkiv, injuring 8 people".
	if !e.Actor2.Valid() && e.Type == "Explosions/Remote violence" && !e.Fatalities.Valid() {
		for _, q := range d.Quantities {
			if q.Class == "injured" && part.Contains(q.Span) && q.Civilian != "combatant" && (q.Civilian == "civilian" || s.atCivilSite(d, part)) {
				e.Actor2 = genericOn(d, q.Span, st, "Civilians", "civilians")
				break
			}
		}
	}
	// A bare killing whose dead are an armed group's ("Army units
	// destroyed terrorists' hideouts …, killing scores of them") is a
	// clash, not violence against civilians — unlike an execution.
	if e.Type == "Violence against civilians" && e.Subtype == "Attack" && (f.t.kill || f.t.weak) && e.Actor1.Valid() && e.Actor2.Valid() &&
		armed(d.Actors[e.Actor1.Get()].Type) && armed(d.Actors[e.Actor2.Get()].Type) {
		e.Type, e.Subtype = "Battles", "Armed clash"
	}

	e.Place, e.PlaceFrom = s.place(d, si, st, part, e.Article, f)
	// People who fled, with no place of their own, fled the deed told
	// just before: "some 6,270 residents had fled to nearby towns" after
	// the attack on Pont-Sondé, not from the dateline's capital. So
	// does a deed told as more of it: "Members of the Gran Grif gang
	// also set fire to at least 45 homes".
	if (e.Subtype == "Displacement" || alsoBefore(d, part, trig)) && (e.PlaceFrom == "dateline" || e.PlaceFrom == "article") {
		if n := len(d.Events); n > 0 {
			if o := &d.Events[n-1]; o.Article == e.Article && violent(o.Type) && (o.PlaceFrom == "sentence" || o.PlaceFrom == "paragraph") && nearParas(d, o.Evidence[len(o.Evidence)-1].Start, st.Span.Start) {
				e.Place, e.PlaceFrom = o.Place, "paragraph"
				// The deed it continues was done by whom this one
				// names: "Gang members … attacked the town … Members
				// of the Gran Grif gang also set fire to 45 homes."
				if e.Subtype != "Displacement" && e.Actor1.Valid() && o.Actor1.Valid() {
					if a, b := d.Actors[e.Actor1.Get()], d.Actors[o.Actor1.Get()]; !a.Generic && b.Generic && a.Type == b.Type && a.Country == b.Country {
						o.Actor1 = e.Actor1
					}
				}
			}
		}
	}
	// A state's forces taking ground in another country overtake it:
	// "Ukrainian forces … captured the town of Sudzha" in Russia's Kursk.
	if e.Subtype == "Government regains territory" && e.Place.Valid() && e.Actor1.Valid() {
		if cc, ac := d.Places[e.Place.Get()].Country, d.Actors[e.Actor1.Get()].Country; cc != "" && ac != "" && cc != ac {
			e.Subtype = "Non-state actor overtakes territory"
		}
	}
	// Civilians are the country's where they were hit: "rockets from Gaza
	// towards Ashkelon, killing 2 civilians" are Civilians (Israel). So
	// in a digest of several countries' notes, where the paragraph
	// places the deed ("… in Tbilisi. Police arrested 20 protesters").
	if e.Place.Valid() && (e.PlaceFrom == "sentence" || e.PlaceFrom == "paragraph") {
		if cc := d.Places[e.Place.Get()].Country; cc != "" {
			for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
				if ix.Valid() {
					// (Those a demonym names are its country's: "2 Chinese
					// civilians" killed in Karachi are Civilians (China), as
					// ACLED has them.)
					if a := &d.Actors[ix.Get()]; a.Generic && a.Type == "civilians" {
						want := cc
						if q := qualifier(d, a.Span); q != "" {
							want = q
						}
						if a.Country != want {
							a.Name, a.Country, a.Base = "Civilians ("+actors.CountryName(want)+")", want, ""
						}
					}
				}
			}
			// So are a story's generic forces, when the sentence names
			// another country's ground: "In Pakistan, security forces
			// killed 8 militants in North Waziristan" in a Kabul story.
			if p := d.Places[e.Place.Get()]; p.Precision != "country" || wordBefore(d, p.Span.Start) == "in" {
				for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
					// (nor those a demonym names: "Ukrainian shelling" in
					// Russia's Belgorod stays Ukraine's)
					if ix.Valid() && d.Actors[ix.Get()].Type != "civilians" && !qualified(d, d.Actors[ix.Get()].Span) && !demonymJustBefore(d, d.Actors[ix.Get()]) {
						s.actors.InCountry(&d.Actors[ix.Get()], cc)
					}
				}
			}
		}
	}
	if g, ok := dates.Governing(d, trig); ok {
		e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = g.Start, g.End, g.Precision, g.Span
		// News reports what happened: a date more than a year after the
		// publication date is a plan or a misreading, not this event's.
		if pub := d.ArticleDates[e.Article].Published; pub != 0 && g.Start > pub+366 {
			p := d.ArticleDates[e.Article].Published
			e.DateStart, e.DateEnd, e.DatePrecision, e.DateSpan = p, p, doc.PrecDay, doc.Span{}
		} else if pub != 0 && e.DateStart <= pub && e.DateEnd > pub && e.Modality == "" && d.ArticleDates[e.Article].From != "text" {
			// "Earlier this month" in a paper of the 18th: the 1st to
			// the 18th — what is told as done is done by then. (Not by
			// a day read from the text itself: "During the week of 15 May
			// 2024, settlers uprooted …" in a note with no date of its
			// own is the week.)
			e.DateEnd = pub
		}
		// History, not news: "Islamic State was defeated territorially in
		// Iraq in 2017" in a report of 2023 — a year named, long before
		// the publication, and no dead counted.
		// So is a month more than a year before, told with a weak word:
		// "Sudan plunged into war in April 2023, when … tensions …
		// exploded into open fighting".
		if pub := d.ArticleDates[e.Article].Published; pub != 0 && (e.DatePrecision == doc.PrecYear && e.DateEnd < pub-180 || e.DatePrecision == doc.PrecMonth && e.DateEnd < pub-365 && f.t.weak) && !e.Fatalities.Valid() && (g.From == "clause" || g.From == "sentence") {
			return e, false
		}
		// A war's course, not a deed: "Fighting between federal forces
		// and Fano militiamen has raged in Amhara since August last
		// year" — months in the perfect, from "since".
		if g.From == "clause" || g.From == "sentence" {
			if e.DateEnd-e.DateStart > 31 && sinceInPerfect(d, st.Span) && !e.Fatalities.Valid() {
				return e, false
			}
		}
	}
	// "The attack came two days after resistance fighters attacked a
	// police station": the deed after "after" is days before the day
	// the sentence goes on from.
	// (Not when the date is the clause's own: "days after rebels
	// attacked on Monday".)
	if back, at, ok := daysAfter(d, lo, f.start); ok && e.DatePrecision == doc.PrecDay && e.DateStart != 0 && (!st.Span.Contains(e.DateSpan) || e.DateSpan.End <= d.Tokens[at].Span.Start) {
		e.DateStart, e.DateEnd = e.DateStart-doc.Day(back.hi), e.DateEnd-doc.Day(back.lo)
		if !st.Span.Contains(e.DateSpan) {
			e.DateSpan = doc.Span{} // (a day its sentence counts from stays its anchor)
		}
		if back.lo != back.hi {
			e.DatePrecision = doc.PrecWeek
		}
	}
	e.Source = attrib.Covering(d, trig)
	// "VDP volunteers repelled a JNIM attack on Djibo; the army claimed
	// 40 attackers were neutralised": the deed in the publisher's voice,
	// its count in the army's.
	if !e.Source.Valid() && e.Fatalities.Valid() {
		e.Source = attrib.Covering(d, d.Quantities[e.Fatalities.Get()].Span)
	}
	// "An attack on Sunday hit the city's airport and an army base",
	// after drone strikes on the city: one more of the strikes the story
	// tells, not a clash — no side fought back. (Its doer, if it names
	// none, is the strikes' by inherit.)
	if e.Subtype == "Armed clash" && f.t.weak && genericDeed(d.TokenNorm(f.start)) && anyIn(d, s.hitVerbs, f.end, min(f.end+6, hi)) {
		for k := len(d.Events) - 1; k >= 0; k-- {
			if o := &d.Events[k]; o.Article == e.Article && o.Type == "Explosions/Remote violence" {
				if !e.Actor1.Valid() || sameDoerName(d, o, &e) {
					e.Type, e.Subtype = o.Type, o.Subtype
				}
				break
			}
		}
	}
	// A country's forces under the name of the government of the day.
	if e.DateStart != 0 {
		day := dates.Time(e.DateStart)
		for _, ix := range []doc.Index{e.Actor1, e.Actor2} {
			if ix.Valid() {
				a := &d.Actors[ix.Get()]
				if a.Base != "" {
					a.Name = a.Base
				}
				if n := s.actors.NameAt(a.Name, day); n != a.Name {
					a.Base, a.Name = a.Name, n
				} else {
					a.Base = ""
				}
				// (And of the type of the day: the Taliban took Mazar-e
				// Sharif as a rebel group, on 14 August 2021.)
				if t, ok := s.actors.TypeOf(a.Name); ok {
					a.Type = t
				}
			}
		}
		if e.Actor1.Valid() {
			switch t := d.Actors[e.Actor1.Get()].Type; {
			case e.Subtype == "Government regains territory" && t != "state":
				e.Subtype = "Non-state actor overtakes territory"
			case e.Subtype == "Non-state actor overtakes territory" && t == "state" && e.Place.Valid() && d.Places[e.Place.Get()].Country == d.Actors[e.Actor1.Get()].Country:
				e.Subtype = "Government regains territory"
			}
		}
	}
	return e, true
}

// cameAfter reports whether the words from token i on say that a deed
// just named "came" some days after another: "(The attack) came two days
// after …", "came a week after".
func cameAfter(d *doc.Doc, i, hi int) bool {
	if i >= hi {
		return false
	}
	switch d.TokenNorm(i) {
	case "came", "comes", "happened", "occurred":
	default:
		return false
	}
	_, _, ok := daysAfter(d, i, min(hi, i+5))
	return ok
}

// dayWindow is a number of days back, from lo to hi.
type dayWindow struct{ lo, hi int }

// daysAfter reads "<n> days after" (or "a day after", "a week after")
// opening the clause of the trigger at token i: the deed after it came n
// days before the one the sentence tells first. Without a count ("days
// after") it is one to fourteen days. back holds how many days before
// the day the sentence tells the deed may be; at is the token of
// "after".
func daysAfter(d *doc.Doc, lo, i int) (back dayWindow, at int, ok bool) {
	// ("after" may open the clause: the words of its count are just
	// before it.)
	for k := i - 1; k >= lo && k >= 2 && k >= i-20; k-- {
		if d.TokenNorm(k) != "after" {
			continue
		}
		unit := 0
		switch d.TokenNorm(k - 1) {
		case "day", "days":
			unit = 1
		case "week", "weeks":
			unit = 7
		default:
			return dayWindow{}, k, false
		}
		prev := d.TokenNorm(k - 2)
		// "Hours after the offensive began, militants seized Jarablus":
		// a sentence that opens on a count not given tells its main deed
		// after the other, and where the clause ends is not sure.
		opens := d.Tokens[k-1].Upper || d.Tokens[k-2].Upper
		if v, end, ok := numbers.Read(d, k-2); ok && end == k-1 && v >= 1 && v <= 31 {
			return dayWindow{int(v) * unit, int(v) * unit}, k, true
		}
		switch {
		case opens && !(prev == "a" || prev == "one"):
			return dayWindow{}, k, false
		case prev == "the" || prev == "in":
			// "in the days after": the time that followed, not a deed
			// before.
			return dayWindow{}, k, false
		case (prev == "a" || prev == "one") && (d.TokenNorm(k-1) == "day" || d.TokenNorm(k-1) == "week"):
			return dayWindow{unit, unit}, k, true
		case d.TokenNorm(k-1) == "days" && !slices.ContainsFunc(d.Tokens[k+1:i], func(t doc.Token) bool { return t.Norm.In(d.Norm) == "and" }):
			// "days after the RSF seized El Fasher": some days, at
			// most two weeks. (Not "arrived days after the attack and
			// exchanged fire": the deed of the sentence's own day.)
			return dayWindow{1, 14}, k, true
		}
		return dayWindow{}, k, false
	}
	return dayWindow{}, 0, false
}

// pronounDoer reports whether a personal pronoun is the subject right
// before the trigger at token i: "they set fire", "they then stormed".
func pronounDoer(d *doc.Doc, lo, i int) bool {
	for k := i - 1; k >= lo && k >= i-2; k-- {
		switch d.TokenNorm(k) {
		case "they", "he", "she":
			return true
		case "then", "also", "later", "reportedly", "allegedly":
			continue
		}
		return false
	}
	return false
}

// placeAfter reports whether the object of the trigger ending at token i
// is a settlement: a place named there ("attacked Al-Mughayyir village",
// "raided Kuriga") or a village, town or camp ("attacked a village").
func (s *Stage) placeAfter(d *doc.Doc, i, hi int) bool {
	for i < hi && (d.TokenNorm(i) == "the" || d.TokenNorm(i) == "a" || d.TokenNorm(i) == "an") {
		i++
	}
	if i >= hi {
		return false
	}
	switch d.TokenNorm(i) {
	case "village", "villages", "town", "towns", "camp", "camps", "hamlet", "settlement":
		return true
	}
	p, ok := placeStartingAt(d, i)
	return ok && p.Kind == "place" && p.Precision != "country" && p.Precision != "region"
}

// modality reads the clause before a trigger for words that keep it
// from being asserted.
func (s *Stage) modality(d *doc.Doc, lo, trig, end, hi int) string {
	// A verb in the simple present after "it", "he" or "she" tells what
	// one does, not a deed: "says it attacks only 'terrorist' groups".
	if trig > lo && trig+1 == end {
		if p := d.TokenNorm(trig - 1); (p == "it" || p == "he" || p == "she") && strings.HasSuffix(d.TokenNorm(trig), "s") && !strings.HasSuffix(d.TokenNorm(trig), "ss") {
			return "habitual"
		}
		// So does what one says it is doing: "says it is fighting
		// 'terrorists'".
		if trig-3 >= lo && strings.HasSuffix(d.TokenNorm(trig), "ing") {
			switch d.TokenNorm(trig - 3) {
			case "says", "say", "insists", "maintains", "claims":
				if be := d.TokenNorm(trig - 1); be == "is" || be == "are" {
					if p := d.TokenNorm(trig - 2); p == "it" || p == "they" || p == "he" || p == "she" {
						return "habitual"
					}
				}
			}
		}
	}
	if anniversary(d, lo, trig) {
		return "background"
	}
	for k := trig - 1; k >= lo && k >= trig-6; k-- {
		w := d.TokenNorm(k)
		if w == "," || w == ";" || w == "and" || w == "but" {
			break
		}
		if m, ok := s.modal[w]; ok {
			return m
		}
		// "No arrests were reported", "no clashes": none took place.
		if w == "no" && k == trig-1 {
			return "none"
		}
	}
	// A deed named by a noun, its verb after it: "Russian jets may have
	// struck", "the strike could not be confirmed".
	for k := end; k < hi && k < end+2; k++ {
		switch w := d.TokenNorm(k); w {
		case "may", "might", "could", "would", "must", "should", "allegedly":
			if !d.Tokens[k].Upper {
				return s.modal[w]
			}
		}
	}
	return ""
}

// isQuote reports whether a token is a quotation mark, straight or curly.
func isQuote(w string) bool {
	switch w {
	case "\"", "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// isMob reports whether the actor written at sp is a mob ("a mob", "an
// angry mob"): a crowd that does violence without a demonstration.
func isMob(d *doc.Doc, sp doc.Span) bool {
	lo, hi := d.TokensIn(sp)
	return hi > lo && (d.TokenNorm(hi-1) == "mob" || d.TokenNorm(hi-1) == "mobs")
}
