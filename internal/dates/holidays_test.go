package dates

import (
	"fmt"
	"testing"
)

// The arithmetical calendar against the Eids as Saudi Arabia announced
// them: never more than a day off.
func TestHijriDay(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1434, 12, 10, "2013-10-15"},
		{1436, 10, 1, "2015-07-17"},
		{1436, 12, 10, "2015-09-24"},
		{1437, 10, 1, "2016-07-06"},
		{1437, 12, 10, "2016-09-12"},
		{1438, 10, 1, "2017-06-25"},
		{1438, 12, 10, "2017-09-01"},
		{1440, 10, 1, "2019-06-04"},
		{1441, 12, 10, "2020-07-31"},
		{1445, 10, 1, "2024-04-10"},
		{1445, 12, 10, "2024-06-16"},
	}
	exact := 0
	for _, tt := range tests {
		got := hijriDay(tt.y, tt.m, tt.d)
		y, m, d := 0, 0, 0
		fmt.Sscanf(tt.want, "%d-%d-%d", &y, &m, &d)
		want := dayOf(y, m, d)
		if diff := got - want; diff < -1 || diff > 1 {
			t.Errorf("%d-%02d-%02d AH: %s, want %s", tt.y, tt.m, tt.d, Format(got), tt.want)
		} else if diff == 0 {
			exact++
		}
	}
	if exact < len(tests)/2 {
		t.Errorf("only %d of %d exact", exact, len(tests))
	}
}

func TestHolidayRules(t *testing.T) {
	tests := []struct {
		name, rule string
		year       int
		want       string
	}{
		{"thanksgiving", "11/4/4", 1999, "1999-11-25"},
		{"memorial day", "05/1/-1", 2016, "2016-05-30"},
		{"easter", "easter+0", 2016, "2016-03-27"},
		{"easter", "easter+0", 2019, "2019-04-21"},
		{"good friday", "easter-2", 2019, "2019-04-19"},
		{"christmas", "12-25", 2016, "2016-12-25"},
	}
	for _, tt := range tests {
		h, err := parseHoliday(tt.name, tt.rule)
		if err != nil {
			t.Fatal(err)
		}
		days := h.rule.in(tt.year)
		if len(days) != 1 || Format(days[0]) != tt.want {
			t.Errorf("%s %d: %v, want %s", tt.name, tt.year, days, tt.want)
		}
	}
	for _, bad := range []string{"13-01", "02-30", "easter+x", "hijri:13-01", "11/8/1", "11/4/0", ""} {
		if _, err := parseHoliday("x", bad); err == nil {
			t.Errorf("rule %q accepted", bad)
		}
	}
}
