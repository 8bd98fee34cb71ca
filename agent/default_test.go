package agent

import (
	"context"
	"errors"
	"testing"

	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
)

type convertArgs struct {
	Value float64 `json:"value" jsonschema:"minimum=-1000,maximum=1000"`
	From  string  `json:"from" jsonschema:"enum=celsius,enum=fahrenheit,enum=kelvin"`
	To    string  `json:"to" jsonschema:"enum=celsius,enum=fahrenheit,enum=kelvin"`
}

// TestDefaultModelSeeds runs the loop end to end on the built-in default
// model (random weights, Qwen2.5's real vocabulary) over 50 seeds: every
// tool call it makes must name a tool and pass its schema, and every typed
// answer must decode, because the grammar allows nothing else.
func TestDefaultModelSeeds(t *testing.T) {
	e, err := sdk.OpenDefault()
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	var cnt counter
	convert, err := tools.New("convert", "Converts a temperature.", func(_ context.Context, a convertArgs) (float64, error) {
		cnt.add(a.From + ">" + a.To)
		return a.Value, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	add := addTool(t, &cnt)
	calls := 0
	for seed := range uint64(50) {
		sampling := WithSampling(sdk.Sampling{Temperature: 1, Seed: seed})
		if seed%2 == 1 {
			v, _, err := RunTyped[verdict](context.Background(), e, "Is it warm?", sampling, WithMaxTokens(48))
			if err != nil {
				t.Fatalf("seed %d: typed answer: %v", seed, err)
			}
			if v.Label != "yes" && v.Label != "no" && v.Label != "maybe" || v.Score < 0 || v.Score > 9 {
				t.Fatalf("seed %d: %+v", seed, v)
			}
			continue
		}
		stepCalls := 0
		for ev, err := range Stream(context.Background(), e, "Convert 20 celsius to fahrenheit, then add 1 and 2.",
			WithTools(convert, add), sampling, WithMaxTokens(64), WithMaxSteps(2), WithMaxRepeats(10),
			WithFirstToolChoice(sdk.ToolChoice{Mode: sdk.ToolRequired})) {
			if err != nil {
				if errors.Is(err, ErrStepLimit) {
					break // the random model may go on calling tools
				}
				t.Fatalf("seed %d: %v", seed, err)
			}
			if ev.Kind == ToolResult {
				if ev.Result.Err != nil && !errors.Is(ev.Result.Err, ErrRepeatedCall) {
					t.Fatalf("seed %d: call %s %s failed: %s", seed, ev.Call.Name, ev.Call.Arguments, ev.Result.Content)
				}
				stepCalls++
			}
		}
		if stepCalls == 0 {
			t.Fatalf("seed %d: no tool call despite the required tool choice", seed)
		}
		calls += stepCalls
	}
	if runs := cnt.snapshot(); len(runs) == 0 || calls < 25 {
		t.Fatalf("%d calls, runs %v", calls, runs)
	}
}
