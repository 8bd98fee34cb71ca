package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSynthThenInfo writes a model with the synth command and reads its
// shape back with info.
func TestSynthThenInfo(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.gguf")
	code, out, errs := runCLI("synth", "--shape", "qwen2moe", "--type", "q8_0", "--seed", "7", "--layers", "3", "--vocab", "512", "--out", a)
	if code != 0 || !strings.HasPrefix(out, "wrote "+a+": qwen2moe q8_0 seed 7, ") {
		t.Fatalf("synth: exit %d, stdout %q, stderr %q", code, out, errs)
	}
	code, out, errs = runCLI("info", "--model", a, "--json")
	if code != 0 {
		t.Fatalf("info: exit %d: %s", code, errs)
	}
	var info struct {
		Arch    string         `json:"architecture"`
		NVocab  int            `json:"n_vocab"`
		NLayer  int            `json:"n_layer"`
		NExpert int            `json:"n_expert"`
		Types   map[string]int `json:"tensor_types"`
		Tied    bool           `json:"tied_output"`
		Name    string         `json:"name"`
	}
	if err := json.Unmarshal([]byte(out), &info); err != nil {
		t.Fatal(err)
	}
	// Per layer: 7 F32 tensors (2 norms, 3 biases, router, shared-expert
	// gate) and 10 Q8_0 matrices; plus output_norm, and token_embd and
	// output in Q8_0.
	if info.Arch != "qwen2moe" || info.NVocab != 512 || info.NLayer != 3 || info.NExpert != 4 || info.Tied ||
		info.Types["F32"] != 3*7+1 || info.Types["Q8_0"] != 3*10+2 || info.Name != "qwenkit synth qwen2moe q8_0 seed 7" {
		t.Errorf("info: %+v", info)
	}
	// The same flags give the same bytes.
	b := filepath.Join(dir, "b.gguf")
	if code, _, errs := runCLI("synth", "--shape", "qwen2moe", "--type", "q8_0", "--seed", "7", "--layers", "3", "--vocab", "512", "--out", b); code != 0 {
		t.Fatal(errs)
	}
	da, _ := os.ReadFile(a)
	db, _ := os.ReadFile(b)
	if !bytes.Equal(da, db) {
		t.Error("two runs with the same flags wrote different files")
	}
}

func TestSynthErrors(t *testing.T) {
	out := filepath.Join(t.TempDir(), "x.gguf")
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"synth", "--shape", "huge", "--out", out}, 1, `unknown shape "huge"`},
		{[]string{"synth", "--type", "q9", "--out", out}, 1, `unsupported type "q9"`},
		{[]string{"synth"}, 2, "--out is required"},
	} {
		code, _, errs := runCLI(c.args...)
		if code != c.code || !strings.Contains(errs, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want %d and %q", c.args, code, errs, c.code, c.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed synth left a file")
	}
}
