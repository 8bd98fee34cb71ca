package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/runtime/quant"
	"github.com/qwenkit/qwenkit/runtime/tokenizer"
	"github.com/qwenkit/qwenkit/runtime/vecdot"
	"github.com/qwenkit/qwenkit/schema"
	"github.com/qwenkit/qwenkit/sdk"
)

// runCLIInput runs one command line with stdin.
func runCLIInput(stdin string, args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// finalLine is the last non-empty line of s.
func finalLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// TestDefaultModelCommands runs chat, extract and generate without --model:
// on the built-in default model, made once into a temporary cache folder
// (QWENKIT_CACHE_DIR) that the subtests share.
func TestDefaultModelCommands(t *testing.T) {
	t.Setenv(sdk.CacheDirEnv, t.TempDir())
	schemaFile := func(t *testing.T, s string) string {
		p := filepath.Join(t.TempDir(), "schema.json")
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	person := `{"type": "object", "properties": {"name": {"type": "string", "maxLength": 10}, "age": {"type": "integer", "minimum": 0, "maximum": 120}, "tags": {"type": "array", "items": {"type": "string", "enum": ["a", "b"]}, "maxItems": 3}}, "required": ["name", "age"], "additionalProperties": false}`

	t.Run("extract", func(t *testing.T) {
		path := schemaFile(t, person)
		v, err := schema.Compile(json.RawMessage(person))
		if err != nil {
			t.Fatal(err)
		}
		for seed := 1; seed <= 5; seed++ {
			code, out, errs := runCLIInput("Ada Lovelace, 36, mathematician.", "extract", "--schema", path,
				"--temperature", "1", "--seed", strconv.Itoa(seed), "--max-tokens", "80")
			if code != 0 {
				t.Fatalf("seed %d: exit %d: %s", seed, code, errs)
			}
			if !strings.Contains(errs, "built-in default model") {
				t.Errorf("stderr %q does not say the default model is used", errs)
			}
			line := strings.TrimSuffix(out, "\n")
			if strings.Contains(line, "\n") || !strings.HasSuffix(out, "\n") {
				t.Fatalf("seed %d: output %q is not one line", seed, out)
			}
			if err := v.Validate([]byte(line)); err != nil {
				t.Fatalf("seed %d: %s: %v", seed, line, err)
			}
		}
	})

	t.Run("extract token limit", func(t *testing.T) {
		code, out, errs := runCLIInput("Ada, 36.", "extract", "--schema", schemaFile(t, person), "--max-tokens", "3")
		if code != 4 || out != "" || !strings.Contains(finalLine(errs), "--max-tokens 3") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
		}
	})

	t.Run("extract unenforceable", func(t *testing.T) {
		for _, c := range []struct{ schema, msg string }{
			{`{"type": "array", "contains": {"type": "integer"}}`, "contains"},
			{`{"type": "object", "properties": 7}`, "properties"},
		} {
			code, out, errs := runCLIInput("x", "extract", "--schema", schemaFile(t, c.schema))
			if code != 3 || out != "" || !strings.Contains(finalLine(errs), c.msg) {
				t.Errorf("%s: exit %d, stdout %q, stderr %q", c.schema, code, out, errs)
			}
		}
		if code, _, _ := runCLIInput("x", "extract"); code != 2 {
			t.Errorf("no --schema: exit %d, want 2", code)
		}
	})

	t.Run("extract long document", func(t *testing.T) {
		path := schemaFile(t, `{"type": "object", "properties": {"topic": {"type": "string", "maxLength": 10}}, "required": ["topic"], "additionalProperties": false}`)
		doc := strings.Repeat("A line of a long document about bolts and nuts.\n", 60)
		code, out, errs := runCLIInput(doc, "extract", "--schema", path, "--context", "400", "--max-tokens", "40")
		if code != 1 || out != "" || !strings.Contains(finalLine(errs), "--chunk-tokens") {
			t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errs)
		}
		code, out, errs = runCLIInput(doc, "extract", "--schema", path, "--context", "400", "--max-tokens", "40", "--chunk-tokens", "200")
		if code != 0 || !strings.HasPrefix(out, `{"topic":`) {
			t.Fatalf("with --chunk-tokens: exit %d, stdout %q, stderr %q", code, out, errs)
		}
	})

	t.Run("generate", func(t *testing.T) {
		tok, err := tokenizer.Qwen25()
		if err != nil {
			t.Fatal(err)
		}
		// Text mode prints the text of the ids that ids mode picks for the
		// same prompt, up to the end-of-text token.
		const prompt = "The weather in Paris"
		code, ids, errs := runCLI("generate", "--tokens", joinIDs(tok.Encode(prompt)), "-n", "12")
		if code != 0 {
			t.Fatalf("--tokens: exit %d: %s", code, errs)
		}
		var want []int
		for _, f := range strings.Split(strings.TrimSpace(ids), ",") {
			id, err := strconv.Atoi(f)
			if err != nil {
				t.Fatal(err)
			}
			if tok.IsSpecial(id) {
				break
			}
			want = append(want, id)
		}
		code, text, errs := runCLI("generate", "--prompt", prompt, "-n", "12")
		if code != 0 || text != tok.Decode(want)+"\n" {
			t.Fatalf("--prompt: exit %d, %q, want %q (ids %s); %s", code, text, tok.Decode(want)+"\n", ids, errs)
		}
		for _, args := range [][]string{
			{"generate", "-n", "3"},
			{"generate", "--prompt", "x", "--tokens", "1"},
			{"generate", "--tokens", "1", "--chat"},
			{"generate", "--prompt", "x", "--stop", "1"},
		} {
			if code, out, _ := runCLI(args...); code != 2 || out != "" {
				t.Errorf("%v: exit %d, stdout %q; want 2 and nothing", args, code, out)
			}
		}
	})

	t.Run("chat", func(t *testing.T) {
		// The replies streamed are the engine's replies to the growing
		// conversation; /reset starts it again.
		l, err := sdk.OpenDefault()
		if err != nil {
			t.Fatal(err)
		}
		defer l.Close()
		var msgs []chat.Message
		var want strings.Builder
		for _, line := range []string{"hello", "how are you?"} {
			msgs = append(msgs, chat.Message{Role: chat.User, Content: line})
			r, err := sdk.Complete(context.Background(), l, sdk.Request{Messages: msgs, MaxTokens: 8,
				Sampling: sdk.Sampling{Temperature: 1, TopP: 0.8, Seed: 7 + uint64(len(msgs))}})
			if err != nil {
				t.Fatal(err)
			}
			msgs = append(msgs, r.Message())
			want.WriteString(r.Text + "\n")
		}
		first := want.String()[:strings.Index(want.String(), "\n")+1]
		code, out, errs := runCLIInput("hello\n\nhow are you?\n/reset\nhello\n/exit\nnot read\n", "chat", "--max-tokens", "8",
			"--temperature", "1", "--seed", "7", "--stats")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if out != want.String()+first {
			t.Fatalf("chat printed %q, want %q", out, want.String()+first)
		}
		// --stats: one usage line per reply on stderr; the second turn
		// reuses the first's KV cache.
		var stats []string
		for _, l := range strings.Split(errs, "\n") {
			if strings.Contains(l, "prompt tokens") {
				stats = append(stats, l)
			}
		}
		if len(stats) != 3 || strings.Contains(stats[1], "(0 cached)") {
			t.Fatalf("stderr %q", errs)
		}
	})
}

// TestChatWeightCacheNote checks that chat says on stderr why the weight
// cache it was given is not used (here a file where the folder should be),
// and still replies, where the Q4_0 fixture's weights are copied at all
// (Linux and a CPU with interleaved kernels); elsewhere it says nothing.
func TestChatWeightCacheNote(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q4_0.gguf")
	blocked := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(blocked, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs := runCLIInput("hello\n/exit\n", "chat", "--model", model, "--max-tokens", "4", "--weight-cache", blocked)
	if code != 0 || out == "" {
		t.Fatalf("exit %d, reply %q: %s", code, out, errs)
	}
	copies := vecdot.Interleavable(quant.Q4_0) && runtime.GOOS == "linux"
	if said := strings.Contains(errs, "weight cache") && strings.Contains(errs, blocked); said != copies {
		t.Fatalf("stderr %q: a note naming %s expected: %v", errs, blocked, copies)
	}
}

// TestChatMapped checks that chat replies as the engine sdk.Open gives by
// default does, and chat --mapped as the one sdk.WithMappedWeights gives
// (greedy, the Q4_0 fixture, whose matrices are interleaved by default on
// AVX2 and AVX-512 CPUs).
func TestChatMapped(t *testing.T) {
	model := filepath.Join(fixtureModels(t), "tiny-q4_0.gguf")
	for _, mapped := range []bool{false, true} {
		var opts []sdk.Option
		args := []string{"chat", "--model", model, "--max-tokens", "8"}
		if mapped {
			opts = append(opts, sdk.WithMappedWeights())
			args = append(args, "--mapped")
		}
		l, err := sdk.Open(model, opts...)
		if err != nil {
			t.Fatal(err)
		}
		r, err := sdk.Complete(context.Background(), l, sdk.Request{Messages: []chat.Message{{Role: chat.User, Content: "hello"}}, MaxTokens: 8})
		l.Close()
		if err != nil {
			t.Fatal(err)
		}
		code, out, errs := runCLIInput("hello\n/exit\n", args...)
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		if out != r.Text+"\n" {
			t.Fatalf("%v printed %q, want %q", args, out, r.Text+"\n")
		}
	}
}
