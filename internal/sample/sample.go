// Package sample embeds the small corpus that `sitrep demo` runs on: sixteen
// FA-KES articles on the Syrian war (CC BY 4.0; see data/README.md), rebuilt
// by scripts/build-sample.sh.
package sample

import (
	_ "embed"
)

//go:embed data/fakes-sample.jsonl
var fakes []byte

// Name is the name the sample goes by in records.
const Name = "fakes-sample.jsonl"

// JSONL returns the sample corpus in SPEC's JSON Lines dump format.
func JSONL() []byte { return fakes }
