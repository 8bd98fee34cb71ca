package schema_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/grammar"
	"github.com/qwenkit/qwenkit/schema"
)

type gLocation struct {
	City string   `json:"city" jsonschema:"description=City"`
	Lat  *float64 `json:"lat,omitempty"`
}

type gArgs struct {
	Where  gLocation         `json:"where"`
	Also   []gLocation       `json:"also,omitempty" jsonschema:"maxItems=3"`
	Unit   string            `json:"unit" jsonschema:"enum=celsius,enum=fahrenheit"`
	Days   int               `json:"days" jsonschema:"minimum=1,maximum=10"`
	When   time.Time         `json:"when"`
	Counts map[string]int    `json:"counts"`
	Note   *string           `json:"note" jsonschema:"nullable"`
	Labels map[string]string `json:"labels,omitempty"`
}

type gTree struct {
	Value    int      `json:"value"`
	Children []*gTree `json:"children,omitempty"`
}

// TestGrammarEnforcesReflectedSchemas checks that the schemas made here are
// ones the grammar compiler can enforce exactly, and that it accepts a Go
// value's JSON byte by byte.
func TestGrammarEnforcesReflectedSchemas(t *testing.T) {
	lat := 1.5
	note := "n"
	cases := []struct {
		name  string
		raw   func() (json.RawMessage, error)
		value any
	}{
		{"struct", schema.For[gArgs], gArgs{Where: gLocation{City: "Paris", Lat: &lat}, Unit: "celsius", Days: 2,
			When: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC), Counts: map[string]int{"a": 1}, Note: &note}},
		{"recursive", schema.For[gTree], gTree{Value: 1, Children: []*gTree{{Value: 2}}}},
		{"slice", schema.For[[]gLocation], []gLocation{{City: "Lyon"}}},
	}
	for _, c := range cases {
		raw, err := c.raw()
		if err != nil {
			t.Fatal(err)
		}
		g, err := grammar.CompileJSONSchema(nil, raw, grammar.Options{})
		if err != nil {
			t.Errorf("%s: the grammar cannot enforce %s: %v", c.name, raw, err)
			continue
		}
		text, _ := json.Marshal(c.value)
		m := g.NewMatcher()
		if err := m.AcceptBytes(text); err != nil || !m.Done() {
			t.Errorf("%s: grammar rejects %s: %v (done %v)", c.name, text, err, m.Done())
		}
		bad := []byte(`{"unexpected": true}`)
		if m := g.NewMatcher(); m.AcceptBytes(bad) == nil && m.Done() {
			t.Errorf("%s: grammar accepts %s", c.name, bad)
		}
	}
}
