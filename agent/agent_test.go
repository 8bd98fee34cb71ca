package agent

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
	"github.com/qwenkit/qwenkit/tools/python"
)

type addArgs struct {
	A int `json:"a"`
	B int `json:"b"`
}

// counter counts the tool runs per arguments.
type counter struct {
	mu   sync.Mutex
	runs map[string]int
}

func (c *counter) add(key string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.runs == nil {
		c.runs = map[string]int{}
	}
	c.runs[key]++
}

func (c *counter) snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := map[string]int{}
	for k, v := range c.runs {
		out[k] = v
	}
	return out
}

func addTool(t *testing.T, cnt *counter) *tools.Tool {
	t.Helper()
	tool, err := tools.New("add", "Adds two integers.", func(_ context.Context, a addArgs) (int, error) {
		cnt.add(fmt.Sprintf("%d+%d", a.A, a.B))
		return a.A + a.B, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tool
}

func TestAnswerWithoutTools(t *testing.T) {
	e := &scripted{script: []reply{{text: "Paris."}}}
	var kinds []EventKind
	var deltas strings.Builder
	var final *Result
	for ev, err := range Stream(context.Background(), e, "Capital of France?", WithSystem("Be brief.")) {
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, ev.Kind)
		if ev.Kind == TextDelta {
			deltas.WriteString(ev.Text)
		}
		if ev.Kind == FinalAnswer {
			final = ev.Run
		}
	}
	if want := []EventKind{TextDelta, TextDelta, StepFinished, FinalAnswer}; !reflect.DeepEqual(kinds, want) {
		t.Fatalf("events %v, want %v", kinds, want)
	}
	if final.Answer != "Paris." || deltas.String() != "Paris." || final.Steps != 1 || final.Usage.CompletionTokens != 7 {
		t.Fatalf("result %+v", final)
	}
	req := e.requests()[0]
	if len(req.Messages) != 2 || req.Messages[0].Role != chat.System || req.Messages[0].Content != "Be brief." || req.Messages[1].Content != "Capital of France?" {
		t.Fatalf("prompt %+v", req.Messages)
	}
	if len(final.Messages) != 3 || final.Messages[2].Role != chat.Assistant {
		t.Fatalf("trace %+v", final.Messages)
	}
}

func TestParallelCallsResultsInCallOrder(t *testing.T) {
	var started atomic.Int32
	all := make(chan struct{})
	slow, err := tools.New("work", "", func(ctx context.Context, a struct {
		N int `json:"n"`
	}) (string, error) {
		if started.Add(1) == 3 {
			close(all)
		}
		select { // only three calls running at once get past this
		case <-all:
		case <-ctx.Done():
			return "", ctx.Err()
		}
		time.Sleep(time.Duration(3-a.N) * 5 * time.Millisecond) // finish in reverse order
		return fmt.Sprintf("done %d", a.N), nil
	}, tools.WithTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	e := &scripted{script: []reply{
		{calls: []chat.ToolCall{call("", "work", `{"n":0}`), call("", "work", `{"n":1}`), call("", "work", `{"n":2}`)}},
		{text: "all done"},
	}}
	var order []string
	res, err := func() (*Result, error) {
		for ev, err := range Stream(context.Background(), e, "go", WithTools(slow), WithParallel(3)) {
			if err != nil {
				return nil, err
			}
			if ev.Kind == ToolResult {
				order = append(order, ev.Result.Content)
			}
			if ev.Kind == FinalAnswer {
				return ev.Run, nil
			}
		}
		return nil, nil
	}()
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{`"done 0"`, `"done 1"`, `"done 2"`}; !reflect.DeepEqual(order, want) {
		t.Fatalf("result events %v, want %v", order, want)
	}
	second := e.requests()[1].Messages
	if len(second) != 5 {
		t.Fatalf("second prompt has %d messages", len(second))
	}
	ids := map[string]bool{}
	for i, c := range second[1].ToolCalls {
		m := second[2+i]
		if m.Role != chat.Tool || m.ToolCallID != c.ID || m.Content != fmt.Sprintf(`"done %d"`, i) {
			t.Fatalf("result %d: %+v for call %+v", i, m, c)
		}
		ids[c.ID] = true
	}
	if len(ids) != 3 || res.ToolCalls != 3 || res.Answer != "all done" {
		t.Fatalf("ids %v, result %+v", ids, res)
	}
}

func TestToolFailuresReachTheModel(t *testing.T) {
	boom, _ := tools.New("boom", "", func(context.Context, struct{}) (int, error) { panic("kaput") })
	fail, _ := tools.New("fail", "", func(context.Context, struct{}) (int, error) { return 0, errors.New("no network") })
	slow, _ := tools.New("slow", "", func(ctx context.Context, _ struct{}) (int, error) {
		<-ctx.Done()
		return 0, ctx.Err()
	}, tools.WithTimeout(20*time.Millisecond))
	var cnt counter
	e := &scripted{script: []reply{
		{calls: []chat.ToolCall{call("a", "boom", `{}`), call("b", "fail", `{}`), call("c", "slow", `{}`), call("d", "add", `{"a":"x","b":1}`), call("e", "nope", `{}`)}},
		{text: "I could not do it."},
	}}
	res, err := Run(context.Background(), e, "try", WithTools(boom, fail, slow, addTool(t, &cnt)))
	if err != nil {
		t.Fatal(err)
	}
	got := e.requests()[1].Messages[2:]
	wants := []string{"tool boom panicked: kaput", "no network", "tool slow timed out after 20ms", "invalid arguments for tool add: /a: expected integer", `unknown tool \"nope\"`}
	for i, w := range wants {
		if !strings.Contains(got[i].Content, w) || !strings.HasPrefix(got[i].Content, `{"error":`) {
			t.Errorf("result %d = %s, want an error containing %q", i, got[i].Content, w)
		}
	}
	if res.Answer != "I could not do it." || len(cnt.snapshot()) != 0 {
		t.Fatalf("result %+v, add ran %v", res, cnt.snapshot())
	}
}

func TestRepeatedCallsAreNotRerun(t *testing.T) {
	var cnt counter
	same := []chat.ToolCall{call("", "add", `{"a":1,"b":2}`)}
	e := &scripted{script: []reply{{calls: same}, {calls: []chat.ToolCall{call("", "add", `{"b":2, "a":1}`)}}, {calls: same}, {calls: same}, {calls: same}, {text: "never"}}}
	res, err := Run(context.Background(), e, "loop", WithTools(addTool(t, &cnt)), WithMaxRepeats(2))
	if !errors.Is(err, ErrRepeatedCalls) {
		t.Fatalf("err = %v", err)
	}
	if got := cnt.snapshot(); got["1+2"] != 1 {
		t.Fatalf("the repeated call ran %v times", got)
	}
	if res == nil || res.Steps != 4 {
		t.Fatalf("partial %+v", res)
	}
	// The second request shows the model that its repeat was refused.
	msgs := e.requests()[2].Messages
	last := msgs[len(msgs)-1]
	if !strings.Contains(last.Content, "repeated call") || !strings.Contains(last.Content, "its result was: 3") {
		t.Fatalf("repeat result %q", last.Content)
	}
	// Two identical calls in one step: one runs, the other is a repeat.
	cnt = counter{}
	e = &scripted{script: []reply{{calls: []chat.ToolCall{call("", "add", `{"a":5,"b":5}`), call("", "add", `{"a":5,"b":5}`)}}, {text: "10"}}}
	if _, err := Run(context.Background(), e, "twice", WithTools(addTool(t, &cnt))); err != nil {
		t.Fatal(err)
	}
	if cnt.snapshot()["5+5"] != 1 || !strings.Contains(e.requests()[1].Messages[3].Content, "its result was: 10") {
		t.Fatalf("in-step repeat: runs %v, %s", cnt.snapshot(), e.requests()[1].Messages[3].Content)
	}
}

func TestStepLimit(t *testing.T) {
	var cnt counter
	var script []reply
	for i := range 10 {
		script = append(script, reply{calls: []chat.ToolCall{call("", "add", fmt.Sprintf(`{"a":%d,"b":0}`, i))}})
	}
	e := &scripted{script: script}
	res, err := Run(context.Background(), e, "count", WithTools(addTool(t, &cnt)), WithMaxSteps(3))
	var re *RunError
	if !errors.Is(err, ErrStepLimit) || !errors.As(err, &re) {
		t.Fatalf("err = %v", err)
	}
	if res.Steps != 3 || len(e.requests()) != 3 || len(cnt.snapshot()) != 3 {
		t.Fatalf("steps %d, requests %d, runs %v", res.Steps, len(e.requests()), cnt.snapshot())
	}
	// The partial trace has the task and the three steps with their results.
	if len(re.Partial.Messages) != 1+3*2 || re.Partial.Messages[6].Role != chat.Tool {
		t.Fatalf("partial trace %+v", re.Partial.Messages)
	}
}

func TestCancellation(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	blocking, _ := tools.New("wait", "", func(ctx context.Context, _ struct{}) (int, error) {
		cancel()
		<-ctx.Done()
		return 0, ctx.Err()
	})
	e := &scripted{script: []reply{{calls: []chat.ToolCall{call("", "wait", `{}`)}}, {text: "too late"}}}
	store := newMemStore()
	_, err := Run(ctx, e, "wait", WithTools(blocking), WithStore(store, "s"))
	if !errors.Is(err, context.Canceled) || len(e.requests()) != 1 {
		t.Fatalf("err = %v after %d requests", err, len(e.requests()))
	}
	// The step that was under way is stored all the same.
	msgs, _ := store.Messages(context.Background(), "s")
	if len(msgs) != 3 || msgs[2].Role != chat.Tool {
		t.Fatalf("stored %+v", msgs)
	}
}

func TestBreakingTheStreamStopsTheRun(t *testing.T) {
	var cnt counter
	e := &scripted{script: []reply{{calls: []chat.ToolCall{call("", "add", `{"a":1,"b":1}`)}}, {text: "2"}}}
	for ev, err := range Stream(context.Background(), e, "add", WithTools(addTool(t, &cnt))) {
		if err != nil {
			t.Fatal(err)
		}
		if ev.Kind == ToolCallStarted {
			break
		}
	}
	if len(cnt.snapshot()) != 0 || len(e.requests()) != 1 {
		t.Fatalf("work went on after the break: runs %v, requests %d", cnt.snapshot(), len(e.requests()))
	}
}

// threeSteps is a script with three tool steps (one with two calls) and an
// answer.
func threeSteps() []reply {
	return []reply{
		{text: "First 1+2.", calls: []chat.ToolCall{call("", "add", `{"a":1,"b":2}`)}},
		{calls: []chat.ToolCall{call("", "add", `{"a":3,"b":4}`), call("", "add", `{"a":5,"b":6}`)}},
		{calls: []chat.ToolCall{call("", "add", `{"a":7,"b":11}`)}},
		{text: "The sums are 3, 7, 11 and 18."},
	}
}

func TestResumeAfterCrashAtEveryStepBoundary(t *testing.T) {
	// The reference: the same run without a crash.
	var refCnt counter
	ref := newMemStore()
	want, err := Run(context.Background(), &scripted{script: threeSteps()}, "sum", WithTools(addTool(t, &refCnt)), WithStore(ref, "s"), WithSystem("sys"))
	if err != nil {
		t.Fatal(err)
	}
	wantMsgs, _ := ref.Messages(context.Background(), "s")
	appends := ref.appends // task, three steps, answer
	if appends != 5 {
		t.Fatalf("reference run made %d appends", appends)
	}
	for k := 1; k <= appends; k++ {
		t.Run(fmt.Sprintf("crash after append %d", k), func(t *testing.T) {
			var cnt counter
			store := newMemStore()
			store.crashAt = k
			opts := []Option{WithTools(addTool(t, &cnt)), WithStore(store, "s"), WithSystem("sys")}
			if _, err := Run(context.Background(), &scripted{script: threeSteps()}, "sum", opts...); !errors.Is(err, errCrash) {
				t.Fatalf("run: err = %v, want the crash", err)
			}
			e := &scripted{script: threeSteps()}
			got, err := Resume(context.Background(), e, opts...)
			if err != nil {
				t.Fatalf("resume: %v", err)
			}
			msgs, _ := store.Messages(context.Background(), "s")
			if !reflect.DeepEqual(msgs, wantMsgs) {
				t.Fatalf("stored conversation differs from the reference:\n got %+v\nwant %+v", msgs, wantMsgs)
			}
			if got.Answer != want.Answer {
				t.Fatalf("answer %q", got.Answer)
			}
			// Every call's result was stored before the crash or after it:
			// none ran twice.
			for key, n := range cnt.snapshot() {
				if n != 1 {
					t.Errorf("%s ran %d times", key, n)
				}
			}
			if len(cnt.snapshot()) != 4 {
				t.Errorf("ran %v, want 4 distinct calls", cnt.snapshot())
			}
			// Resume made only the model calls that were not stored.
			wantCalls := max(0, 4-(k-1))
			if k == appends {
				wantCalls = 0
			}
			if len(e.requests()) != wantCalls {
				t.Errorf("resume made %d model calls, want %d", len(e.requests()), wantCalls)
			}
		})
	}
	// A crash before the commit loses that step: it is redone on resume
	// (its tool calls were never stored), and the run still completes.
	var cnt counter
	store := newMemStore()
	store.failAt = 3
	opts := []Option{WithTools(addTool(t, &cnt)), WithStore(store, "s"), WithSystem("sys")}
	if _, err := Run(context.Background(), &scripted{script: threeSteps()}, "sum", opts...); !errors.Is(err, errCrash) {
		t.Fatal(err)
	}
	if _, err := Resume(context.Background(), &scripted{script: threeSteps()}, opts...); err != nil {
		t.Fatal(err)
	}
	if msgs, _ := store.Messages(context.Background(), "s"); !reflect.DeepEqual(msgs, wantMsgs) {
		t.Fatalf("after a lost step: %+v", msgs)
	}
}

func TestResumeRunsDanglingCalls(t *testing.T) {
	var cnt counter
	store := newMemStore()
	store.sessions["s"] = []chat.Message{
		{Role: chat.User, Content: "sum"},
		{Role: chat.Assistant, ToolCalls: []chat.ToolCall{call("x", "add", `{"a":1,"b":1}`), call("y", "add", `{"a":2,"b":2}`)}},
		{Role: chat.Tool, ToolCallID: "x", Name: "add", Content: "2"},
	}
	e := &scripted{script: []reply{{}, {text: "2 and 4"}}}
	res, err := Resume(context.Background(), e, WithTools(addTool(t, &cnt)), WithStore(store, "s"))
	if err != nil {
		t.Fatal(err)
	}
	if got := cnt.snapshot(); !reflect.DeepEqual(got, map[string]int{"2+2": 1}) {
		t.Fatalf("ran %v, want only the unanswered call", got)
	}
	if res.Answer != "2 and 4" || e.requests()[0].Messages[3].ToolCallID != "y" {
		t.Fatalf("result %+v", res)
	}
	// A finished session returns its answer without a model call.
	e = &scripted{}
	res, err = Resume(context.Background(), e, WithStore(store, "s"))
	if err != nil || res.Answer != "2 and 4" || len(e.requests()) != 0 || res.Steps != 0 {
		t.Fatalf("finished session: %+v %v", res, err)
	}
	if _, err := Resume(context.Background(), e, WithStore(newMemStore(), "empty")); !errors.Is(err, ErrNothingToDo) {
		t.Fatalf("empty session: %v", err)
	}
}

// A TIR turn is one assistant message: each step's text stops after a
// python block's closing fence, the block's output is appended to the same
// message, and the next step continues that message (sdk Continue).
func TestTIR(t *testing.T) {
	e := &scripted{script: []reply{
		{text: "Compute it.\n```python\nimport math\nprint(math.factorial(20) // 2**10)\n```\n```output\nmade up\n```"},
		{text: "```python\nprint(1/0)\n```\n"},
		{text: "So the answer is \\boxed{2375880867360000}."},
	}}
	store := newMemStore()
	var codes []string
	var res *Result
	for ev, err := range Stream(context.Background(), e, "20!/1024?", WithTIR(python.Options{}), WithStore(store, "s")) {
		if err != nil {
			t.Fatal(err)
		}
		if ev.Kind == CodeResult {
			codes = append(codes, ev.Output)
		}
		if ev.Kind == FinalAnswer {
			res = ev.Run
		}
	}
	if len(codes) != 2 || codes[0] != "2375880867360000\n" || !strings.Contains(codes[1], "division by zero") {
		t.Fatalf("code outputs %q", codes)
	}
	reqs := e.requests()
	if len(reqs) != 3 || !reflect.DeepEqual(reqs[0].Stop, []string{"```output"}) || !reflect.DeepEqual(reqs[0].StopAfter, []string{"\n```\n"}) {
		t.Fatalf("requests %d, stop %v, stop after %q", len(reqs), reqs[0].Stop, reqs[0].StopAfter)
	}
	first := "Compute it.\n```python\nimport math\nprint(math.factorial(20) // 2**10)\n```\n```output\n2375880867360000\n```\n"
	second := "```python\nprint(1/0)\n```\n```output\n" + strings.TrimRight(codes[1], "\n") + "\n```\n"
	answer := "So the answer is \\boxed{2375880867360000}."
	// The second and third calls continue the one assistant message.
	for i, want := range []string{first, first + second} {
		req := reqs[i+1]
		if !req.Continue || len(req.Messages) != 2 || req.Messages[1].Role != chat.Assistant || req.Messages[1].Content != want {
			t.Fatalf("request %d: continue %v, messages %+v", i+1, req.Continue, req.Messages)
		}
	}
	if reqs[0].Continue {
		t.Fatal("the first call continues nothing")
	}
	// The answer is the whole turn: reasoning, code, outputs, conclusion.
	if res.Answer != first+second+answer || res.CodeRuns != 2 || res.Steps != 3 || len(res.Messages) != 2 || res.Messages[1].Content != res.Answer {
		t.Fatalf("result %+v", res)
	}
	// The store holds the turn as fragments, one per step; Resume joins
	// them back and returns the answer without a model call.
	msgs, _ := store.Messages(context.Background(), "s")
	if len(msgs) != 4 || msgs[1].Content != first || msgs[2].Content != second || msgs[3].Content != answer {
		t.Fatalf("stored %+v", msgs)
	}
	e2 := &scripted{}
	again, err := Resume(context.Background(), e2, WithTIR(python.Options{}), WithStore(store, "s"))
	if err != nil || again.Answer != res.Answer || len(e2.requests()) != 0 || !reflect.DeepEqual(again.Messages, res.Messages) {
		t.Fatalf("resumed finished run: %+v %v", again, err)
	}
}

// A block that is not python code does not end a TIR step: the reply that
// stopped at its fence is continued within the step.
func TestTIROtherBlock(t *testing.T) {
	e := &scripted{script: []reply{
		{text: "Table:\n```\na b\n```\nNow code.\n```python\nprint(2)\n```\n"},
		{text: "Done: 2."},
	}}
	res, err := Run(context.Background(), e, "x", WithTIR(python.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	want := "Table:\n```\na b\n```\nNow code.\n```python\nprint(2)\n```\n```output\n2\n```\nDone: 2."
	if res.Answer != want || res.CodeRuns != 1 || res.Steps != 2 {
		t.Fatalf("result %+v", res)
	}
}

type weather struct {
	City  string  `json:"city"`
	TempC float64 `json:"temp_c"`
}

func TestRunTyped(t *testing.T) {
	var cnt counter
	e := &scripted{script: []reply{
		{calls: []chat.ToolCall{call("", "add", `{"a":20,"b":1}`)}},
		{text: `{"city":"Paris","temp_c":21.5}`},
	}}
	w, res, err := RunTyped[weather](context.Background(), e, "weather in Paris", WithTools(addTool(t, &cnt)))
	if err != nil {
		t.Fatal(err)
	}
	if w != (weather{City: "Paris", TempC: 21.5}) || res.Steps != 2 {
		t.Fatalf("got %+v %+v", w, res)
	}
	for _, req := range e.requests() {
		if req.ResponseFormat == nil || !strings.Contains(string(req.ResponseFormat.Schema), `"temp_c":{"type":"number"}`) {
			t.Fatalf("request without the answer schema: %+v", req.ResponseFormat)
		}
	}
	if sys := e.requests()[0].Messages[0]; sys.Role != chat.System || !strings.Contains(sys.Content, `"required":["city","temp_c"]`) {
		t.Fatalf("system prompt %q", sys.Content)
	}
	e = &scripted{script: []reply{{text: `{"city":"Paris"}`}}}
	_, res, err = RunTyped[weather](context.Background(), e, "weather")
	var re *RunError
	if !errors.As(err, &re) || !strings.Contains(err.Error(), "temp_c") || res == nil || res.Answer != `{"city":"Paris"}` {
		t.Fatalf("invalid answer: %v", err)
	}
}

func TestOptionsChecked(t *testing.T) {
	e := &scripted{script: []reply{{text: "x"}}}
	var cnt counter
	for _, opts := range [][]Option{
		{WithMaxSteps(0)}, {WithParallel(0)}, {WithStore(nil, "s")}, {WithStore(newMemStore(), "")},
		{WithTools(addTool(t, &cnt), addTool(t, &cnt))}, {WithToolSet(nil)}, {WithMaxRepeats(-1)},
	} {
		if _, err := Run(context.Background(), e, "x", opts...); err == nil {
			t.Errorf("options accepted")
		}
	}
	if _, err := Run(context.Background(), nil, "x"); err == nil {
		t.Error("nil engine accepted")
	}
	if len(e.requests()) != 0 {
		t.Fatal("a bad run reached the engine")
	}
	_ = json.Valid
}

func TestTIRResume(t *testing.T) {
	script := []reply{
		{text: "```python\nprint(6 * 7)\n```\n"},
		{text: "The answer is 42."},
	}
	store := newMemStore()
	store.crashAt = 2 // right after the code step is stored
	opts := []Option{WithTIR(python.Options{}), WithStore(store, "s")}
	if _, err := Run(context.Background(), &scripted{script: script}, "6*7?", opts...); !errors.Is(err, errCrash) {
		t.Fatalf("run: %v", err)
	}
	e := &scripted{script: script}
	res, err := Resume(context.Background(), e, opts...)
	if err != nil {
		t.Fatal(err)
	}
	msgs, _ := store.Messages(context.Background(), "s")
	code := "```python\nprint(6 * 7)\n```\n```output\n42\n```\n"
	if res.Answer != code+"The answer is 42." || len(e.requests()) != 1 || res.CodeRuns != 0 || len(msgs) != 3 ||
		msgs[1].Content != code || msgs[2].Content != "The answer is 42." {
		t.Fatalf("resume: %+v, %d requests, stored %+v", res, len(e.requests()), msgs)
	}
	// The resumed call continues the stored turn.
	if req := e.requests()[0]; !req.Continue || len(req.Messages) != 2 || req.Messages[1].Content != code {
		t.Fatalf("resumed request %+v", req)
	}
}

func TestFirstToolChoice(t *testing.T) {
	var cnt counter
	e := &scripted{script: []reply{{calls: []chat.ToolCall{call("", "add", `{"a":1,"b":1}`)}}, {text: "2"}}}
	_, _, err := RunTyped[int](context.Background(), e, "1+1", WithTools(addTool(t, &cnt)), WithFirstToolChoice(sdk.UseTool("add")))
	if err != nil {
		t.Fatal(err)
	}
	reqs := e.requests()
	if reqs[0].ToolChoice != sdk.UseTool("add") || reqs[0].ResponseFormat != nil {
		t.Fatalf("first request: choice %v, format %v", reqs[0].ToolChoice, reqs[0].ResponseFormat)
	}
	if reqs[1].ToolChoice.Mode != sdk.ToolAuto || reqs[1].ResponseFormat == nil {
		t.Fatalf("second request: choice %v, format %v", reqs[1].ToolChoice, reqs[1].ResponseFormat)
	}
}
