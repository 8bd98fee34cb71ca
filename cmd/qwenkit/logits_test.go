package main

import (
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/internal/fixturedir"
	"github.com/qwenkit/qwenkit/runtime/qwen2"
)

// fixtureModels returns the shared model fixtures folder beside the checkout.
func fixtureModels(t *testing.T) string { return fixturedir.Path(t, "models") }

type fixtureCase struct {
	Tokens    []int       `json:"tokens"`
	Reference [][]float64 `json:"reference"`
}

func fixtureCases(t *testing.T, name string) []fixtureCase {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(fixtureModels(t), name+".logits.json"))
	if err != nil {
		t.Fatal(err)
	}
	var l struct{ Cases []fixtureCase }
	if err := json.Unmarshal(b, &l); err != nil {
		t.Fatal(err)
	}
	return l.Cases
}

func joinIDs(ids []int) string {
	s := make([]string, len(ids))
	for i, id := range ids {
		s[i] = strconv.Itoa(id)
	}
	return strings.Join(s, ",")
}

// runCLI runs one command line with an empty stdin.
func runCLI(args ...string) (code int, stdout, stderr string) {
	return runCLIInput("", args...)
}

// tolReference is the manifest's tolerance for the files used here (the
// smallest of them, tiny-q4_k's 0.0137).
const tolReference = 0.0137

func TestLogitsCommand(t *testing.T) {
	for _, name := range []string{"tiny-f32", "tiny-q4_k"} {
		model := filepath.Join(fixtureModels(t), name+".gguf")
		tc := fixtureCases(t, name)[1]
		for _, all := range []bool{false, true} {
			args := []string{"logits", "--model", model, "--tokens", joinIDs(tc.Tokens)}
			want := tc.Reference[len(tc.Reference)-1:]
			if all {
				args = append(args, "--all")
				want = tc.Reference
			}
			code, out, errs := runCLI(args...)
			if code != 0 {
				t.Fatalf("%v: exit %d: %s", args, code, errs)
			}
			var got struct {
				NVocab int         `json:"n_vocab"`
				Logits [][]float64 `json:"logits"`
			}
			if err := json.Unmarshal([]byte(out), &got); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			if got.NVocab != 384 || len(got.Logits) != len(want) {
				t.Fatalf("n_vocab %d, %d rows; want 384, %d", got.NVocab, len(got.Logits), len(want))
			}
			for i := range want {
				for j := range want[i] {
					if d := math.Abs(got.Logits[i][j] - want[i][j]); !(d <= tolReference) {
						t.Fatalf("%s row %d logit %d: %v, reference %v", name, i, j, got.Logits[i][j], want[i][j])
					}
				}
			}
		}
	}
}

func TestModelCommandErrors(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	notModel := filepath.Join(fixtureModels(t), "manifest.json")
	for _, args := range [][]string{
		{"logits", "--model", model, "--tokens", "1,384"},
		{"logits", "--model", model, "--tokens", "1,x"},
		{"logits", "--model", model},
		{"logits", "--model", notModel, "--tokens", "1"},
		{"logits", "--model", filepath.Join(t.TempDir(), "missing.gguf"), "--tokens", "1"},
		{"generate", "--model", model, "--tokens", "-3", "-n", "2"},
		{"generate", "--model", notModel, "--tokens", "1"},
		{"generate", "--model", model, "--tokens", "1", "-n", "-1"},
	} {
		code, out, errs := runCLI(args...)
		if code == 0 || out != "" {
			t.Errorf("%v: exit %d, stdout %q", args, code, out)
		}
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if strings.Contains(errs, "goroutine") || strings.Contains(errs, "panic") ||
			(len(lines) != 1 && !strings.Contains(errs, "usage")) || !strings.HasPrefix(lines[0], "qwenkit ") {
			t.Errorf("%v: stderr %q, want one error line", args, errs)
		}
	}
}

// TestGenerateCommand checks greedy generation: the first new token is the
// reference's argmax, and each later one is the argmax of a fresh forward
// pass over the whole sequence so far (no cache reuse).
func TestGenerateCommand(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-f32.gguf")
	tc := fixtureCases(t, "tiny-f32")[2]
	prompt := tc.Tokens[:20]
	code, out, errs := runCLI("generate", "--model", model, "--tokens", joinIDs(prompt), "-n", "6")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var got []int
	for _, f := range strings.Split(strings.TrimSpace(out), ",") {
		id, err := strconv.Atoi(f)
		if err != nil {
			t.Fatalf("output %q: %v", out, err)
		}
		got = append(got, id)
	}
	if len(got) != 6 {
		t.Fatalf("%d ids, want 6: %q", len(got), out)
	}
	// The reference logits after position 19 were computed for the prompt.
	ref := tc.Reference[19]
	best := 0
	for i := range ref {
		if ref[i] > ref[best] {
			best = i
		}
	}
	if got[0] != best {
		t.Errorf("first generated id %d, reference argmax %d", got[0], best)
	}
	m, err := qwen2.Load(model)
	if err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	seq := append([]int(nil), prompt...)
	for i, id := range got {
		rows, err := m.Forward(m.NewCache(0), seq, false)
		if err != nil {
			t.Fatal(err)
		}
		if want := argmax(rows[0]); id != want {
			t.Fatalf("generated id %d is %d, fresh forward's argmax %d", i, id, want)
		}
		seq = append(seq, id)
	}
	// --stop ends generation at (and including) a stop id.
	first := 0
	for got[first] != got[1] {
		first++
	}
	code, out, _ = runCLI("generate", "--model", model, "--tokens", joinIDs(prompt), "-n", "6", "--stop", strconv.Itoa(got[1]))
	if want := joinIDs(got[:first+1]) + "\n"; code != 0 || out != want {
		t.Errorf("with --stop: exit %d, output %q, want %q", code, out, want)
	}
}
