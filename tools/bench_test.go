package tools

import (
	"context"
	"encoding/json"
	"testing"
)

// BenchmarkCall measures one call's overhead around a trivial function:
// argument validation, decoding, the goroutine and timer, and marshalling.
func BenchmarkCall(b *testing.B) {
	type args struct {
		City string `json:"city"`
		Days int    `json:"days,omitempty" jsonschema:"minimum=1,maximum=7"`
	}
	tool, err := New("get_weather", "", func(_ context.Context, a args) (map[string]any, error) {
		return map[string]any{"city": a.City, "temp_c": 21.5}, nil
	})
	if err != nil {
		b.Fatal(err)
	}
	in := json.RawMessage(`{"city": "Paris", "days": 3}`)
	for b.Loop() {
		if r := tool.Call(context.Background(), in); r.Err != nil {
			b.Fatal(r.Err)
		}
	}
}
