package agent

import (
	"context"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/sdk"
)

// tinyModel finds a fixture model in ../shared/fixtures beside the
// repository.
func tinyModel(t *testing.T, name string) string { return fixturedir.Path(t, "models", name) }

type verdict struct {
	Label string `json:"label" jsonschema:"enum=yes,enum=no,enum=maybe"`
	Score int    `json:"score" jsonschema:"minimum=0,maximum=9"`
	Sure  bool   `json:"sure"`
}

// TestRunTypedOnLocalEngine runs RunTyped on the local engine with a tiny
// random-weight model: its text is meaningless, so only the grammar can
// make the answer a valid verdict.
func TestRunTypedOnLocalEngine(t *testing.T) {
	e, err := sdk.Open(tinyModel(t, "tiny-f32.gguf"), sdk.WithContext(1024))
	if err != nil {
		t.Fatal(err)
	}
	defer e.Close()
	for seed := range uint64(2) {
		v, res, err := RunTyped[verdict](context.Background(), e, "Is it?", WithMaxTokens(64), WithSampling(sdk.Sampling{Temperature: 1, Seed: seed}))
		if err != nil {
			t.Fatalf("seed %d: %v", seed, err)
		}
		if v.Label != "yes" && v.Label != "no" && v.Label != "maybe" || v.Score < 0 || v.Score > 9 || res.Steps != 1 {
			t.Fatalf("seed %d: %+v from %q", seed, v, res.Answer)
		}
	}
}
