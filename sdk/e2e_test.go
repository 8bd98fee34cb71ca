package sdk

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"sync"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/schema"
)

var (
	synthOnce sync.Once
	synthDir  string
	synthPath string
	synthErr  error
)

func TestMain(m *testing.M) {
	code := m.Run()
	if synthDir != "" {
		os.RemoveAll(synthDir)
	}
	os.Exit(code)
}

// synthQwen makes, once per test binary, the built-in default model (the
// one-layer micro shape, Q8_0, Qwen2.5's real vocabulary of 151,665
// tokens, <tool_call> included) in a temporary cache folder, with two
// goroutines racing to make it, and returns its path.
func synthQwen(t testing.TB) string {
	t.Helper()
	synthOnce.Do(func() {
		if synthDir, synthErr = os.MkdirTemp("", "qwenkit-sdk-"); synthErr != nil {
			return
		}
		tok, err := tokenizer.Qwen25()
		if err != nil {
			synthErr = err
			return
		}
		var wg sync.WaitGroup
		paths, errs := make([]string, 2), make([]error, 2)
		for i := range paths {
			wg.Go(func() { paths[i], errs[i] = ensureDefault(synthDir, tok) })
		}
		wg.Wait()
		if synthErr = errors.Join(errs...); synthErr == nil && paths[0] != paths[1] {
			synthErr = fmt.Errorf("racing makers wrote %s and %s", paths[0], paths[1])
		}
		synthPath = paths[0]
	})
	if synthErr != nil {
		t.Fatal(synthErr)
	}
	return synthPath
}

// A random-weight model with Qwen2.5's vocabulary cannot write anything
// sensible; under the grammar it still writes only well-formed calls whose
// arguments match the tool's schema, and JSON that decodes into the type.
func TestRandomModelConstrained(t *testing.T) {
	l, err := Open(synthQwen(t))
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	ctx := context.Background()
	params := json.RawMessage(`{"type": "object", "properties": {"city": {"type": "string", "enum": ["Paris", "Rome"]}}, "required": ["city"], "additionalProperties": false}`)
	weather, err := chat.NewToolSpec("get_weather", "Weather forecast", params)
	if err != nil {
		t.Fatal(err)
	}
	other, _ := chat.NewToolSpec("get_time", "", json.RawMessage(`{"type": "object", "properties": {}, "additionalProperties": false}`))
	v, err := schema.Compile(params)
	if err != nil {
		t.Fatal(err)
	}
	for _, choice := range []ToolChoice{UseTool("get_weather"), {Mode: ToolRequired}} {
		r, err := Complete(ctx, l, Request{
			Messages:   userMsg("Weather in Paris for 3 days?"),
			Tools:      []chat.ToolSpec{other, weather},
			ToolChoice: choice,
			MaxTokens:  120,
			Sampling:   Sampling{Temperature: 1, Seed: 5},
		})
		if err != nil {
			t.Fatalf("%v: %v", choice, err)
		}
		if len(r.ToolCalls) == 0 {
			t.Fatalf("%v: no call: %+v", choice, r)
		}
		for _, c := range r.ToolCalls {
			switch c.Name {
			case "get_weather":
				if err := v.Validate(c.Arguments); err != nil {
					t.Errorf("%v: arguments %s: %v", choice, c.Arguments, err)
				}
			case "get_time":
				if choice.Mode == ToolNamed {
					t.Errorf("named choice called %s", c.Name)
				}
			default:
				t.Errorf("call to %q", c.Name)
			}
		}
	}

	type forecast struct {
		Days int `json:"days" jsonschema:"minimum=1,maximum=7"`
	}
	f, err := Extract[forecast](ctx, l, "Extract the forecast.", "Paris, 3 days, rain.", WithMaxTokens(100), WithSampling(Sampling{Temperature: 1, Seed: 2}))
	if err != nil {
		t.Fatal(err)
	}
	if f.Days < 1 || f.Days > 7 {
		t.Fatalf("%+v", f)
	}
}
