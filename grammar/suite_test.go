package grammar

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the baselines in testdata/")

// suiteResult counts one test-suite file's outcome.
type suiteResult struct {
	Cases       int `json:"cases"`
	Compiled    int `json:"compiled"`
	Tests       int `json:"tests"`
	Passed      int `json:"passed"`
	FalseReject int `json:"false_reject"`
	FalseAccept int `json:"false_accept"`
	NotCompiled int `json:"not_compiled"` // tests of cases that did not compile
}

// suiteResources maps the test suite's remote URIs to its remotes/ files.
func suiteResources(t testing.TB, root string) map[string][]byte {
	res := map[string][]byte{}
	rdir := filepath.Join(root, "remotes")
	filepath.Walk(rdir, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(p, ".json") {
			return nil
		}
		rel, _ := filepath.Rel(rdir, p)
		data, err := os.ReadFile(p)
		if err == nil {
			res["http://localhost:1234/"+filepath.ToSlash(rel)] = data
		}
		return nil
	})
	return res
}

// runSuiteFile checks every instance of one test-suite file: the instance
// is written compactly with its keys in file order and fed byte by byte;
// properties may come in any order (AnyOrder), since the suite tests
// validation, not generation order. CompileTime is generous so that load
// cannot turn a baseline pass into a compile error (the structural budgets
// bound the compile; TestCompileTimeBudget checks the time budget).
func runSuiteFile(t testing.TB, path string, res map[string][]byte, draft int) (suiteResult, []string) {
	var r suiteResult
	var falseAccepts []string
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := ParseJSON(data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	for _, cv := range doc.([]any) {
		c := cv.(*Object)
		schema, _ := c.Get("schema")
		tests, _ := c.Get("tests")
		desc, _ := c.Get("description")
		r.Cases++
		g, err := CompileSchemaValue(nil, schema, Options{AnyOrder: true, Resources: res, Draft: draft, Limits: Limits{CompileTime: time.Minute}})
		for _, tv := range tests.([]any) {
			tc := tv.(*Object)
			r.Tests++
			if err != nil {
				r.NotCompiled++
				continue
			}
			inst, _ := tc.Get("data")
			valid, _ := tc.Get("valid")
			tdesc, _ := tc.Get("description")
			text := AppendJSON(nil, inst)
			m := g.NewMatcher()
			acc := m.AcceptBytes(text) == nil && m.Done()
			switch {
			case acc == valid.(bool):
				r.Passed++
			case acc:
				r.FalseAccept++
				falseAccepts = append(falseAccepts, fmt.Sprintf("%s: %v / %v: %s", filepath.Base(path), desc, tdesc, text))
			default:
				r.FalseReject++
			}
		}
		if err == nil {
			r.Compiled++
		}
	}
	return r, falseAccepts
}

func suiteFiles(t testing.TB, root, draft string) []string {
	var files []string
	base := filepath.Join(root, "tests", draft)
	filepath.Walk(base, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".json") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	return files
}

// TestJSONSchemaTestSuite runs JSON-Schema-Test-Suite (draft2020-12 and
// draft7, required and optional files): no invalid instance may be
// accepted, and no file may pass fewer tests than its baseline in
// testdata/testsuite_baseline.json.
func TestJSONSchemaTestSuite(t *testing.T) {
	root := filepath.Join(fixtures(t), "jsonschema", "test-suite")
	res := suiteResources(t, root)
	got := map[string]suiteResult{}
	var total suiteResult
	contentFA := 0
	for _, draft := range []string{"draft2020-12", "draft7"} {
		for _, f := range suiteFiles(t, root, draft) {
			dn := 2020
			if draft == "draft7" {
				dn = 7
			}
			r, fa := runSuiteFile(t, f, res, dn)
			rel, _ := filepath.Rel(filepath.Join(root, "tests"), f)
			rel = filepath.ToSlash(rel)
			got[rel] = r
			// content* keywords are annotations (ignored by design); every
			// other false accept is a bug
			if !strings.HasSuffix(rel, "optional/content.json") {
				for _, s := range fa {
					t.Errorf("false accept: %s", s)
				}
			} else {
				contentFA += len(fa)
			}
			total.Cases += r.Cases
			total.Compiled += r.Compiled
			total.Tests += r.Tests
			total.Passed += r.Passed
			total.FalseAccept += r.FalseAccept
			total.FalseReject += r.FalseReject
			total.NotCompiled += r.NotCompiled
		}
	}
	t.Logf("test suite: %d cases, %d compiled; %d tests, %d passed (%.1f%%), %d false rejects, %d false accepts, %d in cases that did not compile",
		total.Cases, total.Compiled, total.Tests, total.Passed, 100*float64(total.Passed)/float64(total.Tests), total.FalseReject, total.FalseAccept, total.NotCompiled)
	t.Logf("(%d of the false accepts are draft7/optional/content.json: contentMediaType/contentEncoding are annotations here)", contentFA)
	bpath := filepath.Join("testdata", "testsuite_baseline.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		b, _ := json.MarshalIndent(got, "", " ")
		if err := os.WriteFile(bpath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	data, err := os.ReadFile(bpath)
	if err != nil {
		t.Fatalf("baseline: %v (run go test -run TestJSONSchemaTestSuite -update)", err)
	}
	var base map[string]suiteResult
	if err := json.Unmarshal(data, &base); err != nil {
		t.Fatal(err)
	}
	for f, b := range base {
		if g := got[f]; g.Passed < b.Passed {
			t.Errorf("%s: %d tests pass, baseline %d", f, g.Passed, b.Passed)
		}
	}
}
