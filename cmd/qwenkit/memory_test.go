package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/qwenkit/qwenkit/memory"
)

// runCmd runs one command line and returns its exit status and output.
func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestMemoryCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "m.db")
	export := `{"role":"system","content":"Be brief.","time":"2024-05-01T10:00:00Z","tokens":9}
{"role":"user","content":"What's the weather in Zürich?","time":"2024-05-01T10:00:01.5Z","tokens":14}
{"role":"assistant","content":"","tool_calls":[{"id":"c1","type":"function","function":{"name":"get_weather","arguments":{"city": "Zürich"}}}],"time":"2024-05-01T10:00:02Z","tokens":24}
{"role":"tool","content":"{\"temp\": 21}","tool_call_id":"c1","time":"2024-05-01T10:00:03Z","tokens":15}
{"role":"assistant","content":"21 °C <sunny> & calm.","time":"2024-05-01T10:00:04Z","tokens":17}
`
	code, out, errOut := runCmd(t, export, "memory", "import", "--db", db, "--session", "trip", "--title", "Trip")
	if code != 0 || out != "trip: 5 messages\n" {
		t.Fatalf("import: %d %q %q", code, out, errOut)
	}
	// Export gives back the same lines, but for the token counts, which
	// the store makes itself (with Qwen2.5's tokenizer)...
	code, out, errOut = runCmd(t, "", "memory", "export", "--db", db, "--session", "trip")
	tokens := regexp.MustCompile(`,"tokens":[0-9]+`)
	if code != 0 || tokens.ReplaceAllString(out, "") != tokens.ReplaceAllString(export, "") {
		t.Fatalf("export: %d %q\n%s\nwant\n%s", code, errOut, out, export)
	}
	// ... and a second round trip is exact, byte for byte.
	if code, _, errOut := runCmd(t, out, "memory", "import", "--db", db, "--session", "trip2"); code != 0 {
		t.Fatalf("import again: %q", errOut)
	}
	if code, out2, _ := runCmd(t, "", "memory", "export", "--db", db, "--session", "trip2"); code != 0 || out2 != out {
		t.Fatalf("second round trip:\n%s\nwant\n%s", out2, out)
	}
	code, out, _ = runCmd(t, "", "memory", "list", "--db", db)
	if code != 0 || !strings.Contains(out, "trip ") || !strings.Contains(out, "trip2") || !strings.Contains(out, " 5  Trip") {
		t.Errorf("list: %d %q", code, out)
	}
	code, out, _ = runCmd(t, "", "memory", "show", "--db", db, "--session", "trip")
	if code != 0 || !strings.Contains(out, "-> get_weather({\"city\": \"Zürich\"}) [c1]") || !strings.Contains(out, "#4 2024-05-01 10:00:04 assistant:\n  21 °C <sunny> & calm.") {
		t.Errorf("show: %d\n%s", code, out)
	}
	code, out, errOut = runCmd(t, "The Zürich lake is cold in May.\n\nBring a coat.", "memory", "add-doc", "--db", db, "--name", "zurich.md")
	if code != 0 || !strings.HasPrefix(out, "zurich.md: 1 chunks") {
		t.Errorf("add-doc: %d %q %q", code, out, errOut)
	}
	code, out, _ = runCmd(t, "", "memory", "search", "--db", db, "zurich", "weather")
	if code != 0 {
		t.Fatalf("search: %d", code)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var hits []memory.Hit
	for _, l := range lines {
		var h memory.Hit
		if err := json.Unmarshal([]byte(l), &h); err != nil {
			t.Fatalf("search line %q: %v", l, err)
		}
		hits = append(hits, h)
	}
	if len(hits) != 3 || hits[0].Session != "trip2" || hits[1].Session != "trip" || hits[0].Seq != 1 || hits[2].Document != "zurich.md" || len(hits[0].Spans) != 2 {
		t.Errorf("search hits %+v", hits)
	}
	code, out, _ = runCmd(t, "", "memory", "search", "--db", db, "--session", "trip", "coat")
	if code != 0 || out != "" {
		t.Errorf("search in the session found the document: %q", out)
	}

	for _, bad := range [][]string{
		{"memory", "list"},
		{"memory", "show", "--db", db},
		{"memory", "search", "--db", db},
		{"memory", "frobnicate", "--db", db},
		{"memory", "list", "--db", db, "extra"},
	} {
		if code, _, errOut := runCmd(t, "", bad...); code != 2 || errOut == "" {
			t.Errorf("%v: exit %d, %q", bad, code, errOut)
		}
	}
	// An unknown subcommand is named as such, before any flag is checked.
	if code, _, errOut := runCmd(t, "", "memory", "frobnicate", "--bogus"); code != 2 || !strings.Contains(errOut, `unknown subcommand "frobnicate"`) {
		t.Errorf("unknown subcommand: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "", "memory", "show", "--db", db, "--session", "nope"); code != 1 || !strings.Contains(errOut, "not found") {
		t.Errorf("missing session: %d %q", code, errOut)
	}
	if code, _, errOut := runCmd(t, "{\"role\":\"user\"", "memory", "import", "--db", db); code != 1 || !strings.Contains(errOut, "line 1") {
		t.Errorf("bad import: %d %q", code, errOut)
	}
}
