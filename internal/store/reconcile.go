package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/sitrep-dev/sitrep/internal/earth"
	"github.com/sitrep-dev/sitrep/internal/record"
)

// report is a stored report, loaded for reconciliation.
type report struct {
	articleID int64
	Report
}

// Reconcile brings the reconciled events up to date with the stored
// reports. Reports of different types or countries are never merged, so
// the events fall into independent buckets (type, country): Reconcile
// reclusters only the buckets that reports added since its last run fall
// into, and the events of every other bucket stay as they are. Within a
// bucket, reports are taken in a canonical order (date, place, type,
// document, article, position) and each joins the first event it is
// compatible with (Compatible), else starts one — so the events are the
// same whatever order the articles arrived in, and the same as a rebuild
// from scratch. Event ids are new for the buckets reclustered.
func (s *SQLite) Reconcile(ctx context.Context) error {
	var done, last int64
	s.db.QueryRowContext(ctx, `SELECT value FROM meta WHERE key = 'reconciled'`).Scan(&done)
	if err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM reports`).Scan(&last); err != nil {
		return err
	}
	var nEvents int
	s.db.QueryRowContext(ctx, `SELECT count(*) FROM events`).Scan(&nEvents)
	var buckets [][2]string
	full := done == 0 || nEvents == 0
	if !full {
		rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT type, country FROM reports WHERE id > ? ORDER BY type, country`, done)
		if err != nil {
			return err
		}
		for rows.Next() {
			var b [2]string
			if err := rows.Scan(&b[0], &b[1]); err != nil {
				rows.Close()
				return err
			}
			buckets = append(buckets, b)
		}
		rows.Close()
		if len(buckets) == 0 {
			return nil
		}
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if full {
		for _, q := range []string{`DELETE FROM events`, `DELETE FROM events_rtree`, `DELETE FROM events_st`, `DELETE FROM event_articles`} {
			if _, err := tx.ExecContext(ctx, q); err != nil {
				return err
			}
		}
		reps, err := loadReports(ctx, tx, `1`)
		if err != nil {
			return err
		}
		if err := writeEvents(ctx, tx, reps, 1); err != nil {
			return err
		}
	} else {
		var next int64
		if err := tx.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) + 1 FROM events`).Scan(&next); err != nil {
			return err
		}
		for _, b := range buckets {
			key := b[0] + "\x00" + b[1]
			for _, q := range []string{
				`DELETE FROM events_rtree WHERE id IN (SELECT id FROM events WHERE bucket = ?)`,
				`DELETE FROM events_st WHERE id IN (SELECT id FROM events WHERE bucket = ?)`,
				`DELETE FROM event_articles WHERE event IN (SELECT id FROM events WHERE bucket = ?)`,
				`DELETE FROM events WHERE bucket = ?`,
			} {
				if _, err := tx.ExecContext(ctx, q, key); err != nil {
					return err
				}
			}
			reps, err := loadReports(ctx, tx, `r.type = ? AND r.country = ?`, b[0], b[1])
			if err != nil {
				return err
			}
			if err := writeEvents(ctx, tx, reps, next); err != nil {
				return err
			}
			next += int64(len(reps)) // at most one event a report
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO meta (key, value) VALUES ('reconciled', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, last); err != nil {
		return err
	}
	return tx.Commit()
}

// loadReports reads the asserted reports that match cond (over reports r).
func loadReports(ctx context.Context, tx *sql.Tx, cond string, args ...any) ([]report, error) {
	rows, err := tx.QueryContext(ctx, `SELECT r.article, a.doc, a.idx, a.title, coalesce(a.published, ''), r.event, a.record
		FROM reports r JOIN articles a ON a.id = r.article WHERE `+cond+` ORDER BY r.article, r.n`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var reps []report
	texts := map[int64]string{}
	for rows.Next() {
		var r report
		var ev, rec string
		if err := rows.Scan(&r.articleID, &r.Doc, &r.Article, &r.Title, &r.Published, &ev, &rec); err != nil {
			return nil, err
		}
		if err := json.Unmarshal([]byte(ev), &r.Event); err != nil {
			return nil, err
		}
		if r.Event.Modality != "" {
			continue // not asserted: kept with its article, not in the record
		}
		if _, ok := texts[r.articleID]; !ok {
			var a struct {
				Text string `json:"text"`
			}
			json.Unmarshal([]byte(rec), &a)
			texts[r.articleID] = a.Text
		}
		t := texts[r.articleID]
		if ev := r.Event.Evidence; ev.Start >= 0 && ev.End <= len(t) && ev.Start <= ev.End {
			r.Text = t[ev.Start:ev.End]
		}
		r.Source, r.Fatalities, r.Evidence = r.Event.Source, r.Event.Fatalities, r.Event.Evidence
		reps = append(reps, r)
	}
	return reps, rows.Err()
}

// writeEvents clusters reps and writes their events, numbered from first.
func writeEvents(ctx context.Context, tx *sql.Tx, reps []report, first int64) error {
	events, members := Cluster(reps)
	for i := range events {
		e := &events[i]
		e.ID = first + int64(i)
		var arts []int64
		seen := map[int64]bool{}
		for _, k := range members[i] {
			if a := reps[k].articleID; !seen[a] {
				seen[a] = true
				arts = append(arts, a)
			}
		}
		if err := insertEvent(ctx, tx, e, arts); err != nil {
			return err
		}
	}
	return nil
}

// sortedOrder is the order reports are clustered in: by date, place,
// type, then document and evidence, so that the result does not depend on
// the order they arrived in.
func sortedOrder(reps []report) []int {
	keys := make([]string, len(reps))
	for i := range reps {
		r := &reps[i]
		ds, de, place := "", "", ""
		if r.Event.Date != nil {
			ds, de = r.Event.Date.Start, r.Event.Date.End
		}
		if r.Event.Place != nil {
			place = r.Event.Place.ID
		}
		keys[i] = fmt.Sprintf("%s|%s|%s|%s|%s|%s|%06d|%s", ds, de, place, r.Event.Type, r.Event.Subtype, r.Doc, r.Article, evidenceKey(r))
	}
	order := make([]int, len(reps))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(i, j int) bool { return keys[order[i]] < keys[order[j]] })
	return order
}

// insertEvent writes one reconciled event with its index rows.
func insertEvent(ctx context.Context, tx *sql.Tx, e *Event, articles []int64) error {
	raw, err := json.Marshal(e)
	if err != nil {
		return err
	}
	var ds, de any
	if e.Date != nil {
		ds, de = e.Date.Start, e.Date.End
	}
	var best any
	if e.Fatalities != nil && e.Fatalities.Best != nil {
		best = *e.Fatalities.Best
	}
	actors := ""
	for _, a := range []*record.Named{e.Actor1, e.Actor2} {
		if a != nil {
			actors += a.Name + "\n" + a.Text + "\n"
		}
	}
	country := ""
	if e.Place != nil {
		country = e.Place.Country
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO events (id, type, subtype, date_start, date_end, actors, disputed, best, bucket, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		e.ID, e.Type, e.Subtype, ds, de, actors, e.Disputed, best, e.Type+"\x00"+country, string(raw)); err != nil {
		return err
	}
	if e.Place != nil {
		if _, err := tx.ExecContext(ctx, `INSERT INTO events_rtree (id, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)`,
			e.ID, e.Place.Lon, e.Place.Lon, e.Place.Lat, e.Place.Lat); err != nil {
			return err
		}
		if e.Date != nil {
			d0, ok0 := dayNumber(e.Date.Start)
			d1, ok1 := dayNumber(e.Date.End)
			if ok0 && ok1 {
				if _, err := tx.ExecContext(ctx, `INSERT INTO events_st (id, min_lon, max_lon, min_lat, max_lat, min_day, max_day) VALUES (?, ?, ?, ?, ?, ?, ?)`,
					e.ID, e.Place.Lon, e.Place.Lon, e.Place.Lat, e.Place.Lat, d0, d1); err != nil {
					return err
				}
			}
		}
	}
	for _, a := range articles {
		if _, err := tx.ExecContext(ctx, `INSERT INTO event_articles (event, article) VALUES (?, ?)`, e.ID, a); err != nil {
			return err
		}
	}
	return nil
}

// Cluster groups reports into events. It returns the events and, for
// each, the indexes of its reports. The order of reps does not matter.
func Cluster(reps []report) ([]Event, [][]int) {
	order := sortedOrder(reps)
	// First fit: each report joins the earliest group whose first report
	// it is compatible with. Only groups of its type and country can be,
	// and, the reports coming in order of start date, none whose first
	// report starts more than eight days before it (narrow dates must
	// overlap within a day; wide ones must be identical): those groups
	// are dropped from the candidates, which keeps clustering linear in
	// practice and gives the same groups as trying them all.
	type candidate struct {
		g     int
		start time.Time
	}
	buckets := map[string][]candidate{}
	var groups [][]int
	for _, k := range order {
		e := &reps[k].Event
		if e.Date == nil || e.Place == nil {
			groups = append(groups, []int{k}) // compatible with nothing
			continue
		}
		bucket := e.Type + "\x00" + e.Place.Country
		start, err := time.Parse(time.DateOnly, e.Date.Start)
		if err != nil {
			bucket += "\x00raw" // only identical date strings can match
		} else {
			list := buckets[bucket]
			i := 0
			for i < len(list) && list[i].start.Before(start.AddDate(0, 0, -8)) {
				i++
			}
			buckets[bucket] = list[i:]
		}
		joined := false
		for _, c := range buckets[bucket] {
			if Compatible(&reps[groups[c.g][0]].Event, e) {
				groups[c.g] = append(groups[c.g], k)
				joined = true
				break
			}
		}
		if !joined {
			groups = append(groups, []int{k})
			buckets[bucket] = append(buckets[bucket], candidate{g: len(groups) - 1, start: start})
		}
	}
	events := make([]Event, len(groups))
	for g, members := range groups {
		events[g] = summarize(reps, members)
	}
	return events, groups
}

func evidenceKey(r *report) string { return fmt.Sprintf("%08d", r.Event.Evidence.Start) }

// Compatible reports whether report b belongs with the event that report
// a began. They must have the same event type; dates of a week or less
// that overlap (give or take a day), or the same coarser window; places
// near enough for their precision (the same entry when either is a region
// or a country); and actors that do not clash. Comparing with the first
// report, not with a growing group, keeps events from chaining together.
func Compatible(a, b *record.Event) bool {
	if a.Type != b.Type || a.Date == nil || b.Date == nil || a.Place == nil || b.Place == nil {
		return false
	}
	wa, wb := width(a.Date), width(b.Date)
	switch {
	case wa <= 7 && wb <= 7:
		if !overlaps(a.Date, b.Date, 1) {
			return false
		}
	case a.Date.Start != b.Date.Start || a.Date.End != b.Date.End:
		return false
	}
	if a.Place.Country != b.Place.Country {
		return false
	}
	if coarse(a.Place) || coarse(b.Place) {
		if a.Place.ID != b.Place.ID {
			return false
		}
	} else if earth.Km(a.Place.Lat, a.Place.Lon, b.Place.Lat, b.Place.Lon) > radius(a.Place)+radius(b.Place) {
		return false
	}
	if a.Actor1 != nil && b.Actor1 != nil && a.Actor1.Name != b.Actor1.Name {
		return false
	}
	return true
}

func coarse(p *record.EventPlace) bool { return p.Precision == "region" || p.Precision == "country" }

// overlaps reports whether two date windows overlap, give or take slack
// days.
func overlaps(a, b *record.EventDate, slack int) bool {
	as, err1 := time.Parse(time.DateOnly, a.Start)
	ae, err2 := time.Parse(time.DateOnly, a.End)
	bs, err3 := time.Parse(time.DateOnly, b.Start)
	be, err4 := time.Parse(time.DateOnly, b.End)
	if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
		return false
	}
	d := time.Duration(slack) * 24 * time.Hour
	return !bs.After(ae.Add(d)) && !as.After(be.Add(d))
}

// radius is how far a place of a precision may be from the event's point.
func radius(p *record.EventPlace) float64 {
	switch p.Precision {
	case "neighbourhood", "city":
		return 15
	case "district":
		return 50
	case "region":
		return 150
	}
	return 400
}

// summarize makes an event of its reports: the most precise date and
// place, the most named actors and subtype, and the dead across reports.
func summarize(reps []report, members []int) Event {
	first := reps[members[0]].Event
	e := Event{Type: first.Type, Subtype: first.Subtype, Date: first.Date, Place: first.Place, Reports: []Report{}}
	subtypes := map[string]int{}
	a1, a2 := map[string]*record.Named{}, map[string]*record.Named{}
	a1n, a2n := map[string]int{}, map[string]int{}
	var figures, compared []int64
	var lows, highs []int64
	claims := map[int64]*Claim{}
	for _, k := range members {
		r := reps[k].Report
		ev := r.Event
		e.Reports = append(e.Reports, r)
		subtypes[ev.Subtype]++
		if ev.Date != nil && (e.Date == nil || width(ev.Date) < width(e.Date)) {
			e.Date = ev.Date
		}
		if ev.Place != nil && (e.Place == nil || ev.Place.GeoPrecision < e.Place.GeoPrecision || ev.Place.GeoPrecision == e.Place.GeoPrecision && finer(ev.Place, e.Place)) {
			e.Place = ev.Place
		}
		if ev.Actor1 != nil {
			a1[ev.Actor1.Name], a1n[ev.Actor1.Name] = ev.Actor1, a1n[ev.Actor1.Name]+1
		}
		if ev.Actor2 != nil {
			a2[ev.Actor2.Name], a2n[ev.Actor2.Name] = ev.Actor2, a2n[ev.Actor2.Name]+1
		}
		if ev.Victims != nil && e.Victims == nil {
			e.Victims = ev.Victims
		}
		if f := ev.Fatalities; f != nil && f.Best != nil {
			figures = append(figures, *f.Best)
			lows = append(lows, first64(f.Low, f.Best))
			highs = append(highs, first64(f.High, f.Best))
			// Only figures written as numbers, of the same kind of victims
			// as the event's first, compete.
			if f.Vague || victimClass(ev.Victims) != victimClass(first.Victims) {
				continue
			}
			compared = append(compared, *f.Best)
			c := claims[*f.Best]
			if c == nil {
				c = &Claim{Value: *f.Best}
				claims[*f.Best] = c
			}
			src := "publisher"
			if ev.Source != nil {
				src = ev.Source.Name
			}
			if !slices.Contains(c.Sources, src) {
				c.Sources = append(c.Sources, src)
			}
			if !slices.Contains(c.Text, f.Text) {
				c.Text = append(c.Text, f.Text)
			}
		}
	}
	e.Subtype = most(subtypes, first.Subtype)
	if n := most(a1n, ""); n != "" {
		e.Actor1 = a1[n]
	}
	if n := most(a2n, ""); n != "" {
		e.Actor2 = a2[n]
	}
	if len(figures) > 0 {
		slices.Sort(figures)
		best := figures[(len(figures)-1)/2]
		low, high := slices.Min(lows), slices.Max(highs)
		e.Fatalities = &record.Count{Low: &low, Best: &best, High: &high}
		if len(e.Reports) == 1 {
			e.Fatalities = e.Reports[0].Fatalities
		}
		// Disputed: figures of the same victims that differ beyond
		// rounding (by more than 10% and more than 2).
		slices.Sort(compared)
		if n := len(compared); n > 1 && compared[n-1]-compared[0] > 2 && float64(compared[n-1]) > 1.1*float64(compared[0]) {
			e.Disputed = true
			for _, v := range slices.Sorted(mapsKeys(claims)) {
				e.Claims = append(e.Claims, *claims[v])
			}
		}
	}
	e.TimePrecision, e.PlacePrecision = timePrecision(e.Date), 3
	if e.Place != nil {
		e.PlacePrecision = int(e.Place.GeoPrecision)
	}
	e.Why = why(reps, members)
	return e
}

func mapsKeys(m map[int64]*Claim) func(func(int64) bool) {
	return func(yield func(int64) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// victimClass sorts victims into those a dispute compares: combatants
// apart from everyone else.
func victimClass(v *string) string {
	if v == nil {
		return "people"
	}
	switch *v {
	case "fighters", "soldiers", "members", "police":
		return "combatants"
	}
	return "people"
}

func first64(a, b *int64) int64 {
	if a != nil {
		return *a
	}
	return *b
}

// most returns the key with the highest count, the first in sorted order
// among equals; def when m is empty.
func most(m map[string]int, def string) string {
	best, n := def, 0
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}) {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}

// width is how many days a date covers.
func width(d *record.EventDate) int {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return 1 << 30
	}
	return int(e.Sub(s).Hours()/24) + 1
}

func finer(a, b *record.EventPlace) bool {
	rank := map[string]int{"neighbourhood": 0, "city": 1, "district": 2, "region": 3, "country": 4}
	return rank[a.Precision] < rank[b.Precision]
}

// timePrecision maps a date's precision to UCDP's code: 1 the day, 2 a
// few days to a week, 3 the month, 5 the year.
func timePrecision(d *record.EventDate) int {
	if d == nil {
		return 5
	}
	switch d.Precision {
	case "day":
		if d.Start == d.End {
			return 1
		}
		return 2
	case "week":
		return 2
	case "month":
		return 3
	}
	return 5
}

// why says why a group's reports were merged.
func why(reps []report, members []int) string {
	if len(members) == 1 {
		return "one report"
	}
	docs := map[string]bool{}
	for _, k := range members {
		docs[reps[k].Doc] = true
	}
	first := reps[members[0]].Event
	parts := []string{fmt.Sprintf("%d reports from %d documents", len(members), len(docs)), "same event type (" + first.Type + ")", "dates overlap"}
	if first.Place != nil {
		parts = append(parts, fmt.Sprintf("places within %.0f km of %s", 2*radius(first.Place), first.Place.Name))
	}
	if first.Actor1 != nil {
		parts = append(parts, "actor1 "+first.Actor1.Name+" or unnamed")
	}
	return strings.Join(parts, "; ")
}
