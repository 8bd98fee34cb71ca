package sdk

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/schema"
)

// seedRuns is how many seeds the random-model tests below try.
const seedRuns = 100

type seedItem struct {
	Name string `json:"name" jsonschema:"maxLength=12"`
	Qty  int    `json:"qty" jsonschema:"minimum=1,maximum=99"`
}

type seedInvoice struct {
	Number   string     `json:"number" jsonschema:"maxLength=10"`
	Currency string     `json:"currency" jsonschema:"enum=EUR,enum=USD"`
	Paid     bool       `json:"paid"`
	Items    []seedItem `json:"items" jsonschema:"maxItems=2"`
	Note     string     `json:"note,omitempty" jsonschema:"maxLength=8"`
}

// forSeeds runs f for seeds 1..seedRuns on two goroutines (the engine is
// shared) and reports each failing seed.
func forSeeds(t *testing.T, f func(seed uint64) error) {
	var (
		mu   sync.Mutex
		fail []string
		wg   sync.WaitGroup
		next = make(chan uint64)
	)
	for range 2 {
		wg.Go(func() {
			for s := range next {
				if err := f(s); err != nil {
					mu.Lock()
					fail = append(fail, fmt.Sprintf("seed %d: %v", s, err))
					mu.Unlock()
				}
			}
		})
	}
	for s := uint64(1); s <= seedRuns; s++ {
		next <- s
	}
	close(next)
	wg.Wait()
	for _, f := range fail {
		t.Error(f)
	}
	if len(fail) > 0 {
		t.Errorf("%d of %d seeds failed", len(fail), seedRuns)
	}
}

// A random-weight model with Qwen2.5's vocabulary, sampling at temperature
// 1, extracts a value that validates for every seed: the grammar leaves it
// no other way (required keys, an optional one, an enum, bounded strings, an
// array of objects, integers in a range).
func TestExtractSeeds(t *testing.T) {
	l, err := Open(synthQwen(t))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	raw, err := schema.For[seedInvoice]()
	if err != nil {
		t.Fatal(err)
	}
	v, err := schema.Compile(raw)
	if err != nil {
		t.Fatal(err)
	}
	var (
		mu           sync.Mutex
		items, notes int // values with line items, with the optional note
	)
	forSeeds(t, func(seed uint64) error {
		inv, err := Extract[seedInvoice](context.Background(), l, "Extract the invoice.", "Invoice A-17 from ACME: 2 bolts, 1 nut, 12.50 EUR, paid.",
			WithMaxTokens(160), WithSampling(Sampling{Temperature: 1, Seed: seed}))
		if err != nil {
			return err
		}
		b, err := json.Marshal(inv)
		if err != nil {
			return err
		}
		mu.Lock()
		items += min(len(inv.Items), 1)
		notes += min(len(inv.Note), 1)
		mu.Unlock()
		return v.Validate(b) // Extract validated the reply; check the decoded value too
	})
	t.Logf("%d values with line items, %d with a note", items, notes)
	if items == 0 || notes == 0 {
		t.Errorf("%d values with line items, %d with a note: the seeds do not reach arrays of objects and optional keys", items, notes)
	}
}

// With tool choice "required" over three tools with different schemas
// (optional keys sampled after required ones, keys sharing a first letter
// and a key that is a prefix of another ("q", "query"): the grammar must
// refuse a key prefix that can only become a key already written; enums, a
// pattern, integer ranges), every seed gives at least one call, each to a declared tool with
// arguments that match its schema.
func TestToolRequiredSeeds(t *testing.T) {
	l, err := Open(synthQwen(t))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	params := map[string]string{
		"get_weather": `{"type": "object", "properties": {"city": {"type": "string", "enum": ["Paris", "Rome", "Oslo"]}, "days": {"type": "integer", "minimum": 1, "maximum": 7}}, "required": ["city"], "additionalProperties": false}`,
		"search":      `{"type": "object", "properties": {"query": {"type": "string", "maxLength": 16}, "q": {"type": "boolean"}, "limit": {"type": "integer", "minimum": 1, "maximum": 50}, "lang": {"type": "string", "enum": ["en", "fr"]}}, "required": ["query"], "additionalProperties": false}`,
		"set_alarm":   `{"type": "object", "properties": {"time": {"type": "string", "pattern": "^[0-2][0-9]:[0-5][0-9]$"}, "label": {"type": "string", "maxLength": 10}, "repeat": {"type": "boolean"}}, "required": ["time"], "additionalProperties": false}`,
	}
	var tools []chat.ToolSpec
	validators := map[string]*schema.Validator{}
	for _, name := range []string{"get_weather", "search", "set_alarm"} {
		spec, err := chat.NewToolSpec(name, "Tool "+name, json.RawMessage(params[name]))
		if err != nil {
			t.Fatal(err)
		}
		tools = append(tools, spec)
		if validators[name], err = schema.Compile(json.RawMessage(params[name])); err != nil {
			t.Fatal(err)
		}
	}
	var (
		mu       sync.Mutex
		perTool  = map[string]int{}
		multiKey int // calls whose arguments have a sampled, optional key
		keys     = map[string]int{}
		cut      int // replies the token limit ended
	)
	forSeeds(t, func(seed uint64) error {
		r, err := Complete(context.Background(), l, Request{
			Messages:   userMsg("Weather in Paris for 3 days, then wake me at 07:30."),
			Tools:      tools,
			ToolChoice: ToolChoice{Mode: ToolRequired},
			MaxTokens:  120,
			Sampling:   Sampling{Temperature: 1, Seed: seed},
		})
		if err != nil {
			return err
		}
		if len(r.ToolCalls) == 0 {
			return fmt.Errorf("no tool call (finish %s, text %q)", r.Reason, r.Text)
		}
		for i, c := range r.ToolCalls {
			v, ok := validators[c.Name]
			if !ok {
				return fmt.Errorf("call %d to undeclared tool %q", i, c.Name)
			}
			if err := v.Validate(c.Arguments); err != nil {
				return fmt.Errorf("call %d %s(%s): %w", i, c.Name, c.Arguments, err)
			}
			var args map[string]any
			if err := json.Unmarshal(c.Arguments, &args); err != nil {
				return err
			}
			mu.Lock()
			perTool[c.Name]++
			for k := range args {
				keys[c.Name+"."+k]++
			}
			if len(args) > 1 {
				multiKey++
			}
			mu.Unlock()
		}
		if r.Reason == FinishLength {
			mu.Lock()
			cut++
			mu.Unlock()
		} else if r.Reason != FinishToolCalls {
			return fmt.Errorf("finish reason %s", r.Reason)
		}
		return nil
	})
	t.Logf("calls per tool %v, %d with an optional key, %d replies cut by the token limit; keys %v", perTool, multiKey, cut, keys)
	// The seeds must reach the cases the grammar has to get right: every
	// tool, and objects whose second key is sampled.
	if len(perTool) != 3 || multiKey == 0 {
		t.Errorf("calls per tool %v, %d with an optional key: the seeds do not cover the grammar's cases", perTool, multiKey)
	}
}
