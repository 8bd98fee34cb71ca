package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestInfoText(t *testing.T) {
	path := filepath.Join(fixtureModels(t), "tiny-yarn-f32.gguf")
	code, out, errs := runCLI("info", "--model", path)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{
		"architecture  qwen2\n",
		"file          " + path + " (5130816 bytes, 4.9 MiB, GGUF v3, alignment 32)\n",
		"vocab         384\n",
		"embedding     256\n",
		"layers        2\n",
		"heads         4, kv heads 2, head dim 64\n",
		"ffn           512\n",
		"output        tied to token_embd\n",
		"context       128\n",
		"rms eps       1e-06\n",
		"rope          freq base 1e+06, scaling yarn factor 4 original context 32\n",
		"file type     F32 (0)\n",
		"tokenizer     gpt2/qwen2, 384 tokens, 125 merges, bos 381, eos 381, pad 381\n",
		"tensors       26: F32 26\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

func TestInfoJSON(t *testing.T) {
	cases := map[string]map[string]any{
		"tiny-untied-q4_k_m.gguf": {"architecture": "qwen2", "n_vocab": 384.0, "n_embd": 256.0, "n_layer": 2.0,
			"n_head": 4.0, "n_head_kv": 2.0, "head_dim": 64.0, "n_ff": 512.0, "tied_output": false,
			"context_length": 4096.0, "file_type_name": "Q4_K_M",
			"tensor_types": map[string]any{"F32": 11.0, "Q4_K": 13.0, "Q6_K": 3.0}},
		"tiny-moe-q8_0.gguf": {"architecture": "qwen2moe", "n_embd": 64.0, "n_head": 2.0, "n_head_kv": 1.0,
			"head_dim": 32.0, "n_expert": 4.0, "n_expert_used": 2.0, "expert_ff": 256.0, "shared_expert_ff": 384.0,
			"n_ff": 1024.0, "tensor_types": map[string]any{"F32": 15.0, "Q8_0": 22.0}},
	}
	for name, want := range cases {
		path := filepath.Join(fixtureModels(t), name)
		code, out, errs := runCLI("info", "--model", path, "--json")
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", name, code, errs)
		}
		var got map[string]any
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("%s: %v\n%s", name, err, out)
		}
		for k, v := range want {
			if !reflect.DeepEqual(got[k], v) {
				t.Errorf("%s: %s = %v, want %v", name, k, got[k], v)
			}
		}
		st, _ := os.Stat(path)
		if got["size_bytes"] != float64(st.Size()) {
			t.Errorf("%s: size %v, file has %d bytes", name, got["size_bytes"], st.Size())
		}
	}
}

func TestInfoErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.gguf")
	os.WriteFile(bad, []byte("GGUF\x07\x00\x00\x00"), 0o644)
	for _, c := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"info", "--model", bad}, 1, "qwenkit info: gguf: " + bad + ": offset 4: version 7, want 2 or 3\n"},
		{[]string{"info", "--model", filepath.Join(dir, "missing.gguf")}, 1, "no such file"},
		{[]string{"info"}, 2, "--model is required"},
	} {
		code, out, errs := runCLI(c.args...)
		if code != c.code || !strings.Contains(errs, c.want) || out != "" || strings.Count(errs, "\n") != 1 {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit %d and one line with %q", c.args, code, out, errs, c.code, c.want)
		}
	}
}

// TestModelShorthand: every command that takes --model takes -m for it too
// (as llama.cpp's tools do): info prints the same description either way,
// and the others name the -m path in their error when it does not exist.
func TestModelShorthand(t *testing.T) {
	path := filepath.Join(fixtureModels(t), "tiny-yarn-f32.gguf")
	_, long, _ := runCLI("info", "--model", path)
	code, short, errs := runCLI("info", "-m", path)
	if code != 0 || short != long || long == "" {
		t.Fatalf("info -m: exit %d, output differs from --model's (%q vs %q): %s", code, short, long, errs)
	}
	dir := t.TempDir()
	missing, schema := filepath.Join(dir, "absent.gguf"), filepath.Join(dir, "schema.json")
	if err := os.WriteFile(schema, []byte(`{"type":"string"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"info"}, {"logits", "--tokens", "1,2"}, {"generate", "--tokens", "1,2", "-n", "1"},
		{"bench", "-p", "0", "-n", "1", "-r", "1"}, {"extract", "--schema", schema},
		{"chat"}, {"agent", "hello"},
	} {
		// the command, -m PATH, then the rest (flags before any argument)
		line := append([]string{args[0], "-m", missing}, args[1:]...)
		code, _, errs := runCLIInput("hi\n", line...)
		if code == 0 || !strings.Contains(errs, "absent.gguf") {
			t.Errorf("%v: exit %d, stderr %q: the error does not name the -m path", line, code, errs)
		}
	}
}
