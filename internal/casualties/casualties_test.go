package casualties_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/sitrep-dev/sitrep/internal/casualties"
	"github.com/sitrep-dev/sitrep/internal/doc"
	"github.com/sitrep-dev/sitrep/internal/stages"
	"github.com/sitrep-dev/sitrep/internal/testshared"
)

func run(t testing.TB, text, pub string) *doc.Doc {
	return runMeta(t, doc.Meta{}, text)
}

func runMeta(t testing.TB, meta doc.Meta, text string) *doc.Doc {
	t.Helper()
	p, err := stages.Default()
	if err != nil {
		t.Fatal(err)
	}
	d := doc.New(meta, text)
	if err := p.Run(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	return d
}

func show(d *doc.Doc, q doc.Quantity) string {
	b := func(v int64) string {
		if v == doc.NoCount {
			return "-"
		}
		return fmt.Sprint(v)
	}
	return fmt.Sprintf("%q stated=%d low=%s best=%s high=%s who=%s(%s) what=%s/%s role=%s", q.Figure.In(d.Text), q.Stated, b(q.Low), b(q.Best), b(q.High), q.Who, q.Civilian, q.What, q.Class, q.Role)
}

// The seed's figures (issue 4's "done when").
func TestSeed(t *testing.T) {
	src, err := os.ReadFile("../../testdata/corpus/aleppo-2016-12.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := run(t, string(src), "")
	got := map[string]string{}
	for _, q := range d.Quantities {
		got[q.Figure.In(d.Text)] = show(d, q)
	}
	want := map[string]string{
		"Over one hundred": `"Over one hundred" stated=100 low=101 best=101 high=- who=civilians(civilian) what=executed/fatal role=`,
		"over 180":         `"over 180" stated=180 low=181 best=181 high=- who=people(unknown) what=executed/fatal role=`,
		"some 990":         `"some 990" stated=990 low=- best=990 high=- who=civilians(civilian) what=killed/fatal role=aggregate`,
		"some 300,000":     `"some 300,000" stated=300000 low=- best=300000 high=- who=civilians(civilian) what=besieged/affected role=`,
		"some 150,000":     `"some 150,000" stated=150000 low=- best=150000 high=- who=people(unknown) what=trapped/affected role=`,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("%q:\n got %s\nwant %s", k, got[k], w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("unexpected figure %s", got[k])
		}
	}
	if q := d.Quantities[1]; q.Span.In(d.Text) != "over 180 people" {
		t.Errorf("span %q, want the figure with its victims", q.Span.In(d.Text))
	}
	// The aggregate is dated by its period.
	for _, q := range d.Quantities {
		if q.Role == "aggregate" && (!q.Period.Valid() || d.Dates[q.Period.Get()].Span.In(d.Text) != "the last 27 days") {
			t.Errorf("aggregate %s: period %v", show(d, q), q.Period)
		}
	}
}

// Sentences from FA-KES (CC BY 4.0) and the issue.
func TestFigures(t *testing.T) {
	tests := []struct {
		text string
		want []string // show() of each figure, in order
	}{
		// Two lower-case words may qualify one victim: "a polio
		// vaccination worker".
		{"Gunmen shot dead a polio vaccination worker in Bajaur on Sunday.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=civilians(civilian) what=killed/fatal role=`}},
		// One national, as the phrase's last word; not before another
		// victim word.
		{"A Palestinian was killed by live fire.", []string{
			`"A" stated=1 low=1 best=1 high=1 who=people(unknown) what=killed/fatal role=`}},
		{"An Israeli soldier was killed by an explosive device.", []string{
			`"An" stated=1 low=1 best=1 high=1 who=soldiers(combatant) what=killed/fatal role=`}},
		// A total since a date more than three days back, in the
		// perfect, is an aggregate.
		{"As of 5 May 2024, RSF fighters had killed 120 civilians in Tawila since the start of the year.", []string{
			`"120" stated=120 low=120 best=120 high=120 who=civilians(civilian) what=killed/fatal role=aggregate`}},
		// The dead of a war of stated length are its total, and the
		// counts told after them (FA-KES, Ahram Online/AFP); not the
		// day's toll told beside a war's length.
		{"Reporters Without Borders recently reported 23 journalists killed in Syrias 30-month war as well as the death of at least 58 citizen journalists.", []string{
			`"23" stated=23 low=23 best=23 high=23 who=journalists(civilian) what=killed/fatal role=aggregate`,
			`"at least 58" stated=58 low=58 best=58 high=- who=journalists(civilian) what=killed/fatal role=aggregate`}},
		{"An air strike killed 5 people in Idlib on Monday, the latest in a 13-year war.", []string{
			`"5" stated=5 low=5 best=5 high=5 who=people(unknown) what=killed/fatal role=`}},
		// "a couple" is two.
		{"Another strike on a home in Gaza City killed a couple and their four children.", []string{
			`"a" stated=2 low=2 best=2 high=2 who=civilians(civilian) what=killed/fatal role=`,
			`"four" stated=4 low=4 best=4 high=4 who=children(civilian) what=killed/fatal role=`}},
		// One person after a possessive, named in the singular; not
		// those in the plural.
		{"A suicide bomber targeted a convoy near Besham, killing 5 Chinese nationals and their Pakistani driver.", []string{
			`"5" stated=5 low=5 best=5 high=5 who=civilians(civilian) what=killed/fatal role=`,
			`"their" stated=1 low=1 best=1 high=1 who=civilians(civilian) what=killed/fatal role=`}},
		{"Gunmen killed 3 farmers and their children in Bokkos.", []string{
			`"3" stated=3 low=3 best=3 high=3 who=civilians(civilian) what=killed/fatal role=`}},
		// "the number of dead" is a toll.
		{"The Sudan Doctors Network, a medical group, put the number of dead at more than 100.", []string{
			`"more than 100" stated=100 low=101 best=101 high=- who=(unknown) what=killed/fatal role=`}},
		// One person as the verb's object; nationals; coordinated kinds
		// of combatant.
		{"On 30 November 2018, a landmine planted by Houthi forces exploded in Hays district, killing a child.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=children(civilian) what=killed/fatal role=`}},
		// A victim named with a hyphenated group; the dead of both
		// sides.
		{"A US drone strike killed an al-Shabaab commander near Jilib.", []string{
			`"an" stated=1 low=1 best=1 high=1 who=fighters(combatant) what=killed/fatal role=`}},
		{"On Thursday, 15 soldiers and 20 members of the Volunteers for the Defence of the Homeland (VDP) were killed in an ambush.", []string{
			`"15" stated=15 low=15 best=15 high=15 who=soldiers(combatant) what=killed/fatal role=`,
			`"20" stated=20 low=20 best=20 high=20 who=members(combatant) what=killed/fatal role=`}},
		// The dead of a campaign since its start, told in the perfect,
		// are its total, however short (not "since 16 January").
		{"The Israeli military said eight soldiers had been killed in fighting in southern Lebanon since the start of the ground operation on Tuesday.", []string{
			`"eight" stated=8 low=8 best=8 high=8 who=soldiers(combatant) what=killed/fatal role=aggregate`}},
		// A victim's word before a thing of theirs counts no one.
		{"The military said it had killed a militant cell that was planning attacks.", nil},
		// The outcome after a long joined victim that has no figure.
		{"Five Fano fighters and an unknown number of soldiers were killed.", []string{
			`"Five" stated=5 low=5 best=5 high=5 who=fighters(combatant) what=killed/fatal role=`}},
		{"At least 40 fighters from both sides were killed, the Observatory said.", []string{
			`"At least 40" stated=40 low=40 best=40 high=- who=fighters(combatant) what=killed/fatal role=`}},
		// A nationality that is also a noun modifies the victims after it.
		{"Two Lebanese soldiers were killed when an Israeli strike hit an army checkpoint.", []string{
			`"Two" stated=2 low=2 best=2 high=2 who=soldiers(combatant) what=killed/fatal role=`}},
		// A day's toll in the simple past is its own, whatever "since"
		// qualifies; in the perfect it totals.
		{"Israeli air strikes killed at least 22 people in northern Lebanon on Monday, in the first such strike on a Christian-majority area since the war escalated.", []string{
			`"at least 22" stated=22 low=22 best=22 high=- who=people(unknown) what=killed/fatal role=`}},
		{"The war has killed at least 22 people in northern Lebanon since it escalated.", []string{
			`"at least 22" stated=22 low=22 best=22 high=- who=people(unknown) what=killed/fatal role=aggregate`}},
		// A side's own dead, "lost" before the figure (FA-KES, AFP); up
		// to now ("so far") in a war, a total.
		{"The IS lost at least 28 jihadist fighters he said.", []string{
			`"at least 28" stated=28 low=28 best=28 high=- who=fighters(combatant) what=killed/fatal role=`}},
		{"Russia has so far lost at least 12 soldiers in the Syrian war.", []string{
			`"at least 12" stated=12 low=12 best=12 high=- who=soldiers(combatant) what=killed/fatal role=aggregate`}},
		// "Killing him" is the single person named before.
		{"A landmine left by ISIL exploded under a shepherd in Al-Sukhnah, killing him.", []string{
			`"him" stated=1 low=1 best=1 high=1 who=civilians(civilian) what=killed/fatal role=`}},
		{"Police arrested the suspect after questioning him.", nil},
		// A figure of none, where the sentence counts no one else and
		// not one side's alone.
		{"Ukrainian drones struck an oil depot. No casualties were reported.", []string{
			`"No" stated=0 low=0 best=0 high=0 who=(unknown) what=hurt/none role=`}},
		{"The Observatory said there were no casualties among the militants.", nil},
		{"Two soldiers were killed; no one was hurt in the town.", []string{
			`"Two" stated=2 low=2 best=2 high=2 who=soldiers(combatant) what=killed/fatal role=`}},
		{"Commander Ali Hassan was in the car; the strike killed him.", nil},
		{"A man who killed a child was arrested.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=children(civilian) what=killed/fatal role=`}},
		{"At least five Syrians have been killed in a chemical attack.", []string{
			`"At least five" stated=5 low=5 best=5 high=- who=people(unknown) what=killed/fatal role=`}},
		{"Some 120 ISIS fighters and 60 foreign mercenaries were killed in a series of Russian air strikes.", []string{
			`"Some 120" stated=120 low=- best=120 high=- who=fighters(combatant) what=killed/fatal role=`,
			`"60" stated=60 low=60 best=60 high=60 who=fighters(combatant) what=killed/fatal role=`}},
		{"A bomb blast killed six people and injured 32 in the Salah al-Din district of Aleppo.", []string{
			`"six" stated=6 low=6 best=6 high=6 who=people(unknown) what=killed/fatal role=`,
			`"32" stated=32 low=32 best=32 high=32 who=(unknown) what=injured/injured role=`}},
		{"At least 11 civilians including three children were killed in regime barrel bomb attacks.", []string{
			`"At least 11" stated=11 low=11 best=11 high=- who=civilians(civilian) what=killed/fatal role=`,
			`"three" stated=3 low=3 best=3 high=3 who=children(civilian) what=killed/fatal role=part`}},
		// FA-KES (NNA/AFP, commas lost): "and" before the verb after a
		// breakdown opens another clause.
		// Members of one family are civilians, not a group's members.
		{"Another strike on a house in Gaza City killed seven members of one family, including three children, according to the civil defence agency.", []string{
			`"seven" stated=7 low=7 best=7 high=7 who=family members(civilian) what=killed/fatal role=`,
			`"three" stated=3 low=3 best=3 high=3 who=children(civilian) what=killed/fatal role=part`}},
		// People killed with women or children among them are civilians,
		// figures or none, past the place and time between.
		{"Israeli strikes killed at least 32 people across the Gaza Strip overnight, including women and children, according to local hospitals.", []string{
			`"at least 32" stated=32 low=32 best=32 high=- who=people(civilian) what=killed/fatal role=`}},
		{"Twin car bomb explosions in the central Syrian city of Homs on Wednesday killed at least 18 people mostly children and wounded 40 others state news agency SANA reported.", []string{
			`"at least 18" stated=18 low=18 best=18 high=- who=people(civilian) what=killed/fatal role=`,
			`"40" stated=40 low=40 best=40 high=40 who=people(unknown) what=wounded/injured role=`}},
		// A named victim before "and N others" is one more; a plural
		// noun before "and" is no name.
		{"Israeli forces conducted airstrikes on Dahiyeh in Beirut, killing Hezbollah leader Hassan Nasrallah and at least 6 others.", []string{
			`"Hezbollah leader Hassan Nasrallah" stated=1 low=1 best=1 high=1 who=fighters(combatant) what=killed/fatal role=`,
			`"at least 6" stated=6 low=6 best=6 high=- who=people(unknown) what=killed/fatal role=`}},
		{"Gunmen killed Israeli soldiers and 3 others.", nil},
		// The bomber who died in his own attack is one more; a group
		// after "her", "his", "their" shares the outcome (FA-KES, AFP).
		{"A suicide bomber detonated an explosive vest at a police checkpoint in Peshawar, killing himself and 3 policemen.", []string{
			`"himself" stated=1 low=1 best=1 high=1 who=fighters(combatant) what=killed/fatal role=`,
			`"3" stated=3 low=3 best=3 high=3 who=police(combatant) what=killed/fatal role=`}},
		{"A coalition raid on the northern city of Manbij killed two women and their seven children.", []string{
			`"two" stated=2 low=2 best=2 high=2 who=women(civilian) what=killed/fatal role=`,
			`"seven" stated=7 low=7 best=7 high=7 who=children(civilian) what=killed/fatal role=`}},
		{"Sudan's army-led government condemned what it called a massacre and said the death toll had exceeded 150.", []string{
			`"150" stated=150 low=150 best=150 high=150 who=(unknown) what=killed/fatal role=`}},
		// A front's toll over the war (FA-KES, Rudaw): an aggregate.
		{"He claimed that at least 6000 ISIS militants have been killed on this front.", []string{
			`"at least 6000" stated=6000 low=6000 best=6000 high=- who=fighters(combatant) what=killed/fatal role=aggregate`}},
		// A relative clause between the victims and their fate.
		{"Six militants who attacked the post in Daraban in Dera Ismail Khan district after the blast were killed in a firefight.", []string{
			`"Six" stated=6 low=6 best=6 high=6 who=fighters(combatant) what=killed/fatal role=`}},
		// Millions displaced, told in the perfect with no day, are a
		// total (a story written for sitrep).
		{"More than 3.5 million people have been displaced, according to the United Nations.", []string{
			`"More than 3.5 million" stated=3500000 low=3500001 best=3500001 high=- who=people(unknown) what=displaced/affected role=aggregate`}},
		// A name's capitalized word is no victims' noun: "National" is
		// no national here (a note written for sitrep).
		{"Gunmen from the Sinaloa Cartel killed four National Guard members in an ambush in Tepic.", []string{
			`"four" stated=4 low=4 best=4 high=4 who=members(combatant) what=killed/fatal role=`}},
		// A member of parliament shot is one civilian (a note written
		// for sitrep).
		{"On 3 July 2025, unidentified gunmen on a motorcycle shot and killed a former MP in Mogadishu.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=civilians(civilian) what=killed/fatal role=`}},
		// Burned alive, the victim between the verb and "alive" (a note
		// written for sitrep); found alive is no death.
		{"On 7 May 2024, a mob burned a suspected witch alive in Kilifi.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=civilians(civilian) what=burned alive/fatal role=`}},
		{"Rescuers found a child alive under the rubble.", nil},
		// One body found is one dead (a note written for sitrep).
		{"On 2 August 2025, the body of a man bearing gunshot wounds was found in Culiacan.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=men(unknown) what=killed/fatal role=`}},
		// Nor when the name goes on to a thing of theirs: a building
		// captured, no guard held (a note written for sitrep).
		{"On 8 April 2025, Arakan Army fighters captured the Border Guard Police headquarters in Maungdaw.", nil},
		// A participle's clause there too (notes written for sitrep).
		{"At least 23 civilians sheltering in the monastery were killed.", []string{
			`"At least 23" stated=23 low=23 best=23 high=- who=civilians(civilian) what=killed/fatal role=`}},
		{"Four children playing in the street were killed.", []string{
			`"Four" stated=4 low=4 best=4 high=4 who=children(civilian) what=killed/fatal role=`}},
		// A figure vouched for is that figure (FA-KES, AMN).
		{"The Syrian Armed Forces killed a confirmed 33 militants on Sunday.", []string{
			`"a confirmed 33" stated=33 low=33 best=33 high=33 who=fighters(combatant) what=killed/fatal role=`}},
		// Kin and a word before them (FA-KES, SANA).
		{"A man and his young daughter have been killed and 25 others have been injured on Monday when terrorists fired rocket shells on residential neighborhoods in Aleppo city.", []string{
			`"A" stated=2 low=2 best=2 high=2 who=people(unknown) what=killed/fatal role=`,
			`"25" stated=25 low=25 best=25 high=25 who=people(unknown) what=injured/injured role=`}},
		{"A pregnant woman was killed and three brothers were wounded in the shelling.", []string{
			`"A" stated=1 low=1 best=1 high=1 who=women(civilian) what=killed/fatal role=`,
			`"three" stated=3 low=3 best=3 high=3 who=civilians(civilian) what=wounded/injured role=`}},
		{"Ten children were among at least 48 people killed in a Syrian village last week.", []string{
			`"Ten" stated=10 low=10 best=10 high=10 who=children(civilian) what=killed/fatal role=part`,
			`"at least 48" stated=48 low=48 best=48 high=- who=people(civilian) what=killed/fatal role=`}},
		{"The death toll from a suspected chemical weapons attack on a rebel-held Syrian town has risen to 86, 30 of them children.", []string{
			`"86" stated=86 low=86 best=86 high=86 who=(civilian) what=killed/fatal role=`,
			`"30" stated=30 low=30 best=30 high=30 who=children(civilian) what=killed/fatal role=part`}},
		{"Air strikes killed at least 12 civilians in Aleppo on Monday, bringing the toll to 45.", []string{
			`"at least 12" stated=12 low=12 best=12 high=- who=civilians(civilian) what=killed/fatal role=`,
			`"45" stated=45 low=45 best=45 high=45 who=(unknown) what=killed/fatal role=toll`}},
		{"22 dead in heavy U.S. raids on IS Syria stronghold.", []string{
			`"22" stated=22 low=22 best=22 high=22 who=(unknown) what=killed/fatal role=`}},
		{"War planes bombed a refugee camp killing five women and a child.", []string{
			`"five" stated=5 low=5 best=5 high=5 who=women(civilian) what=killed/fatal role=`,
			`"a" stated=1 low=1 best=1 high=1 who=children(civilian) what=killed/fatal role=`}},
		{"Between 20 and 30 fighters were killed, and dozens of civilians fled.", []string{
			`"Between 20 and 30" stated=20 low=20 best=20 high=30 who=fighters(combatant) what=killed/fatal role=`,
			`"dozens of" stated=12 low=12 best=12 high=- who=civilians(civilian) what=fled/affected role=`}},
		{"Nearly 50 people died and up to 200 were wounded; fewer than 10 soldiers were hurt.", []string{
			`"Nearly 50" stated=50 low=- best=50 high=50 who=people(unknown) what=killed/fatal role=`,
			`"up to 200" stated=200 low=- best=200 high=200 who=(unknown) what=wounded/injured role=`,
			`"fewer than 10" stated=10 low=- best=9 high=9 who=soldiers(combatant) what=injured/injured role=`}},
		// An age before the victim.
		{"A Russian drone hit a car in Nikopol, killing a 45-year-old woman.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=women(civilian) what=killed/fatal role=`}},
		// A rate counts no one deed (an OCHA-style update).
		{"An estimated 25 children die every day in the camp from malnutrition-related causes.", []string{
			`"An estimated 25" stated=25 low=- best=25 high=- who=children(civilian) what=killed/fatal role=aggregate`}},
		{"The war has killed more than 300000 people since 2011.", []string{
			`"more than 300000" stated=300000 low=300001 best=300001 high=- who=people(unknown) what=killed/fatal role=aggregate`}},
		{"Gunmen abducted 12 aid workers and stole 2.3m dollars.", []string{
			`"12" stated=12 low=12 best=12 high=12 who=aid workers(civilian) what=abducted/detained role=`}},
		// Headline style: a bare figure takes the outcome right after it,
		// unless that word modifies a noun or has a figure of its own.
		{"Civilian killed 3 injured in terrorist attacks on Aleppo", []string{
			`"3" stated=3 low=3 best=3 high=3 who=(unknown) what=injured/injured role=`}},
		{"Daesh kidnapped 900 Executed 18 People in Syrias Aleppo.", []string{
			`"900" stated=900 low=900 best=900 high=900 who=(unknown) what=kidnapped/detained role=`,
			`"18" stated=18 low=18 best=18 high=18 who=people(unknown) what=executed/fatal role=`}},
		{"A car bombing blamed on Daesh killed at least 26 displaced people in eastern Syria on Friday.", []string{
			`"at least 26" stated=26 low=26 best=26 high=- who=people(unknown) what=killed/fatal role=`}},
		{"A woman and child were killed after terrorists shelled the center of Damascus.", []string{
			`"A" stated=2 low=2 best=2 high=2 who=civilians(civilian) what=killed/fatal role=`}},
		// A count after a possessive, and "as well as another" one more
		// (FA-KES, AFP); "another person" is one.
		{"A woman and her three children as well as another child were killed when helicopters dropped a barrel bomb on the village of Taduf.", []string{
			`"A" stated=5 low=5 best=5 high=5 who=civilians(civilian) what=killed/fatal role=`}},
		{"Another person died in a strike on an industrial facility in Dnipro.", []string{
			`"Another" stated=1 low=1 best=1 high=1 who=people(unknown) what=killed/fatal role=`}},
		{"Islamic State crucifying two people and executing 23 others in the past five days.", []string{
			`"two" stated=2 low=2 best=2 high=2 who=people(unknown) what=executed/fatal role=`,
			`"23" stated=23 low=23 best=23 high=23 who=people(unknown) what=executed/fatal role=`}},
		// Former combatants are civilians (ACLED; SOHR digest, notes).
		{"In Daraa, unknown gunmen shot dead a former opposition fighter who had joined the reconciliation process in Tafas town.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=fighters(civilian) what=killed/fatal role=`}},
		{"Gunmen killed two retired police officers in Kano.", []string{
			`"two" stated=2 low=2 best=2 high=2 who=police(civilian) what=killed/fatal role=`}},
		{"Gunmen shot dead an ex-soldier in Kaduna.", []string{
			`"an" stated=1 low=1 best=1 high=1 who=soldiers(civilian) what=killed/fatal role=`}},
		{"Gunmen killed a retired army officer in Kaduna.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=soldiers(civilian) what=killed/fatal role=`}},
		{"Gunmen killed an army officer in Kaduna.", []string{
			`"an" stated=1 low=1 best=1 high=1 who=soldiers(combatant) what=killed/fatal role=`}},
		// The body the victims were from, between them and their fate.
		{"At least 10 humanitarian workers from Relief International were killed when their clinic in the camp was attacked on 11 April.", []string{
			`"At least 10" stated=10 low=10 best=10 high=- who=aid workers(civilian) what=killed/fatal role=`}},
		// A battle of stated length totals the dead its own clause
		// counts.
		{"Iraqi forces retook Mosul in July 2017 after a nine-month battle that left much of the Old City in ruins and killed thousands of civilians.", []string{
			`"thousands of" stated=1000 low=1000 best=1000 high=- who=civilians(civilian) what=killed/fatal role=aggregate`}},
		// Peacekeepers are soldiers; a breakdown set off by commas
		// reaches over its list to the verb.
		{"The United Nations said at least 17 peacekeepers, including soldiers from South Africa, Malawi and Uruguay, had been killed in fighting in Goma on Sunday.", []string{
			`"at least 17" stated=17 low=17 best=17 high=- who=soldiers(combatant) what=killed/fatal role=`}},
		// A people named by its name, added to civilians, are
		// civilians; "shooting dead" kills.
		{"Gunmen attacked a group of tourists, killing 3 Spanish nationals and 3 Afghans.", []string{
			`"3" stated=3 low=3 best=3 high=3 who=civilians(civilian) what=killed/fatal role=`,
			`"3" stated=3 low=3 best=3 high=3 who=people(civilian) what=killed/fatal role=`}},
		{"Settlers attacked the village, shooting dead a Palestinian man.", []string{
			`"a" stated=1 low=1 best=1 high=1 who=men(unknown) what=killed/fatal role=`}},
		// A label before its figure.
		{"On 3 March 2024, the SAF shelled Omdurman. Deaths: 3. Injured: 7.", []string{
			`"3" stated=3 low=3 best=3 high=3 who=(unknown) what=killed/fatal role=`,
			`"7" stated=7 low=7 best=7 high=7 who=(unknown) what=injured/injured role=`}},
		// Not casualties: ages, percentages, money, things, routes, years.
		{"A seven-year-old girl said 99 percent of the city was destroyed by 40 jets and 12 tanks on Route 5 in 2016 at a cost of $300 million under Resolution 2254.", []string{}},
	}
	for _, tt := range tests {
		d := run(t, tt.text, "")
		var got []string
		for _, q := range d.Quantities {
			got = append(got, show(d, q))
		}
		if fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// Bad numbers give a clear reading or none, never a panic.
func TestBadNumbers(t *testing.T) {
	long := strings.Repeat("9", 10000)
	for _, s := range []string{long + " people were killed.", "1e999 people were killed.", "١٢ شخصا killed ٣٠٠ people were killed.", "1,2,3,4,5 people were killed."} {
		d := run(t, s, "")
		for _, q := range d.Quantities {
			if q.Stated < 0 || q.Stated > 1e12 {
				t.Errorf("%.40q: %s", s, show(d, q))
			}
		}
	}
	d := run(t, "٣٠٠ people were killed.", "")
	if len(d.Quantities) != 1 || d.Quantities[0].Stated != 300 {
		t.Errorf("Arabic-Indic digits: %v", d.Quantities)
	}
}

func FuzzCasualties(f *testing.F) {
	testshared.FuzzDocs(f, stages.Default, doc.Meta{}, []string{"Over one hundred civilians were executed", "killing 3 civilians", "the death toll rose to 112, six of them children", "between 20 and 30 fighters were killed", "٣٠٠ people were killed", "1e999 killed"}, func(t *testing.T, d *doc.Doc) {
		for _, q := range d.Quantities {
			if q.Span.End > int32(len(d.Text)) || q.Span.Start > q.Span.End || q.Stated < 0 {
				t.Fatalf("bad quantity %+v", q)
			}
			if q.Parent.Valid() && q.Parent.Get() >= len(d.Quantities) || q.And.Valid() && q.And.Get() >= len(d.Quantities) {
				t.Fatalf("bad link %+v", q)
			}
		}
	})
}

// CivilianDeaths: the lead's count, unless the headline sums up more than
// the lead reports — and not when the lead's sentence accounts for the
// headline's figure with combatants in it.
func TestCivilianDeaths(t *testing.T) {
	tests := []struct {
		title, body string
		want        int64
	}{
		{"Four killed including two women in terrorist attacks in Aleppo and Quneitra",
			"A source at Aleppo Police Command told SANA that a woman was killed and three other civilians got injured by terrorists rocket shells. Later two more people were reported killed in Quneitra.", 4},
		{"22 dead in heavy U.S. raids on IS Syria stronghold",
			"Six civilians including a child were among at least 22 people killed in U.S. air strikes on Raqa on Saturday and Sunday, a monitor said.", 6},
		{"Syria air strike on jihadist camp kills 18",
			"A Syrian air strike on an Islamic State training camp killed 17 militants and a child, a monitoring group said.", 1},
		{"Air raids kill 12 civilians in Aleppo",
			"Air strikes killed at least 12 civilians in Aleppo on Monday, a monitor said, bringing to 45 the number killed in 24 hours.", 12},
		// FA-KES sentences: more dead said to be more add up.
		{"White Helmets killed in Damascus raids",
			"Heavy Syrian regime bombing has killed three emergency workers from the White Helmets while six children were also killed in Damascus air raids.", 9},
		{"Executions in eastern Syria",
			"Islamic State crucified two people and executed 23 others on Monday, a monitoring group said.", 25},
	}
	for _, tt := range tests {
		d := runMeta(t, doc.Meta{Title: tt.title}, tt.title+"\n\n"+tt.body)
		f, ok := casualties.CivilianDeaths(d, 0)
		if !ok || f.Stated != tt.want {
			t.Errorf("%q: got %d (%v), want %d", tt.title, f.Stated, ok, tt.want)
		}
	}
}
