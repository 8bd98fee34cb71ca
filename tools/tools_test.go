package tools

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

type weatherArgs struct {
	City string `json:"city" jsonschema:"description=the city"`
	Days int    `json:"days,omitempty" jsonschema:"minimum=1,maximum=7"`
}

type weather struct {
	City  string  `json:"city"`
	TempC float64 `json:"temp_c"`
}

func weatherTool(t *testing.T, calls *atomic.Int32, opts ...Option) *Tool {
	t.Helper()
	tool, err := New("get_weather", "Current weather of a city.", func(ctx context.Context, a weatherArgs) (weather, error) {
		calls.Add(1)
		switch a.City {
		case "Atlantis":
			return weather{}, errors.New("no such city: Atlantis")
		case "Boom":
			panic("kaboom")
		}
		return weather{City: a.City, TempC: 21.5}, nil
	}, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return tool
}

// errorText decodes {"error": "..."} or fails.
func errorText(t *testing.T, content string) string {
	t.Helper()
	var e struct {
		Error *string `json:"error"`
	}
	if err := json.Unmarshal([]byte(content), &e); err != nil || e.Error == nil {
		t.Fatalf("content %s is not an error object", content)
	}
	return *e.Error
}

func TestTypedToolHappyPath(t *testing.T) {
	var calls atomic.Int32
	tool := weatherTool(t, &calls)
	for _, args := range []string{`{"city":"Paris"}`, `{"city":"Paris","days":2}`, `"{\"city\": \"Paris\"}"`, ` {"city":"Paris"} `} {
		r := tool.Call(context.Background(), json.RawMessage(args))
		if r.Err != nil || r.Content != `{"city":"Paris","temp_c":21.5}` || r.Tool != "get_weather" {
			t.Fatalf("%s: got %+v", args, r)
		}
	}
	if calls.Load() != 4 {
		t.Fatalf("function ran %d times, want 4", calls.Load())
	}
	var spec struct {
		Type     string `json:"type"`
		Function struct {
			Name        string          `json:"name"`
			Description string          `json:"description"`
			Parameters  json.RawMessage `json:"parameters"`
		} `json:"function"`
	}
	if err := json.Unmarshal(tool.Spec().JSON(), &spec); err != nil {
		t.Fatal(err)
	}
	if spec.Type != "function" || spec.Function.Name != "get_weather" || spec.Function.Description != "Current weather of a city." {
		t.Fatalf("spec %s", tool.Spec().JSON())
	}
	want := `{"type":"object","properties":{"city":{"type":"string","description":"the city"},"days":{"type":"integer","minimum":1,"maximum":7}},"required":["city"],"additionalProperties":false}`
	if string(spec.Function.Parameters) != want || string(tool.Parameters()) != want {
		t.Fatalf("parameters %s\nwant %s", spec.Function.Parameters, want)
	}
}

func TestInvalidArgumentsNeverRunTheFunction(t *testing.T) {
	var calls atomic.Int32
	tool := weatherTool(t, &calls)
	for args, want := range map[string]string{
		`{"city":42}`:                  "/city: expected string, but got number",
		`{"city":"Paris","days":9}`:    "/days: ",
		`{}`:                           "missing properties: 'city'",
		`{"city":"Paris","country":1}`: "country",
		`{"city":`:                     "invalid JSON",
		`[1]`:                          "expected object",
		`"not json"`:                   "invalid JSON",
	} {
		r := tool.Call(context.Background(), json.RawMessage(args))
		if !errors.Is(r.Err, ErrInvalidArguments) {
			t.Errorf("%s: err = %v", args, r.Err)
			continue
		}
		msg := errorText(t, r.Content)
		if !strings.HasPrefix(msg, "invalid arguments for tool get_weather: ") || !strings.Contains(msg, want) {
			t.Errorf("%s: message %q, want it to contain %q", args, msg, want)
		}
	}
	if calls.Load() != 0 {
		t.Fatalf("function ran %d times on invalid arguments", calls.Load())
	}
}

func TestErrorsAndPanicsBecomeResults(t *testing.T) {
	var calls atomic.Int32
	tool := weatherTool(t, &calls)
	r := tool.Call(context.Background(), json.RawMessage(`{"city":"Atlantis"}`))
	if r.Err == nil || errorText(t, r.Content) != "no such city: Atlantis" {
		t.Fatalf("returned error: %+v", r)
	}
	r = tool.Call(context.Background(), json.RawMessage(`{"city":"Boom"}`))
	var pe *PanicError
	if !errors.Is(r.Err, ErrPanic) || !errors.As(r.Err, &pe) || pe.Value != "kaboom" || !strings.Contains(string(pe.Stack), "tools_test.go") {
		t.Fatalf("panic: %+v", r)
	}
	if got := errorText(t, r.Content); got != "tool get_weather panicked: kaboom" {
		t.Fatalf("panic content %q", got)
	}
}

func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	defer close(release)
	slow, err := New("slow", "Never finishes in time.", func(ctx context.Context, _ struct{}) (string, error) {
		<-release // ignores its context on purpose
		return "late", nil
	}, WithTimeout(30*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	r := slow.Call(context.Background(), nil)
	if !errors.Is(r.Err, ErrTimeout) || errorText(t, r.Content) != "tool slow timed out after 30ms" {
		t.Fatalf("timeout: %+v", r)
	}
	// A cancelled caller is reported as such, not as the tool's timeout.
	ctx, cancel := context.WithCancel(context.Background())
	polite, err := New("polite", "Waits for its context.", func(ctx context.Context, _ struct{}) (int, error) {
		<-ctx.Done()
		return 0, ctx.Err()
	})
	if err != nil {
		t.Fatal(err)
	}
	go func() { time.Sleep(10 * time.Millisecond); cancel() }()
	r = polite.Call(ctx, json.RawMessage(`{}`))
	if !errors.Is(r.Err, context.Canceled) || errors.Is(r.Err, ErrTimeout) {
		t.Fatalf("cancel: %+v", r)
	}
}

func TestResultChecks(t *testing.T) {
	big, err := New("big", "Returns a lot.", func(context.Context, struct{}) (string, error) {
		return strings.Repeat("x", 100), nil
	}, WithMaxResultBytes(50))
	if err != nil {
		t.Fatal(err)
	}
	if r := big.Call(context.Background(), nil); !errors.Is(r.Err, ErrResultTooLarge) || !strings.Contains(errorText(t, r.Content), "102 bytes, limit 50") {
		t.Fatalf("too large: %+v", r)
	}
	nan, err := New("nan", "Returns NaN.", func(context.Context, struct{}) (float64, error) { return math.NaN(), nil })
	if err != nil {
		t.Fatal(err)
	}
	if r := nan.Call(context.Background(), nil); !errors.Is(r.Err, ErrBadResult) {
		t.Fatalf("NaN result: %+v", r)
	}
	raw, err := NewRaw("echo", "Echoes.", json.RawMessage(`{"type":"object","properties":{"x":{"type":"integer"}},"required":["x"]}`),
		func(_ context.Context, args json.RawMessage) (json.RawMessage, error) { return args, nil })
	if err != nil {
		t.Fatal(err)
	}
	if r := raw.Call(context.Background(), json.RawMessage(`{"x": 3}`)); r.Err != nil || r.Content != `{"x":3}` {
		t.Fatalf("raw tool: %+v", r)
	}
	if r := raw.Call(context.Background(), json.RawMessage(`{"x": "3"}`)); !errors.Is(r.Err, ErrInvalidArguments) {
		t.Fatalf("raw tool validation: %+v", r)
	}
}

func TestNewChecks(t *testing.T) {
	fn := func(context.Context, struct{}) (int, error) { return 1, nil }
	for _, name := range []string{"", "has space", "dots.not.allowed", "ünïcode", strings.Repeat("a", 65), "<tool_call>"} {
		if _, err := New(name, "", fn); err == nil {
			t.Errorf("name %q accepted", name)
		}
	}
	for _, name := range []string{"a", "get_weather", "Search-2", strings.Repeat("a", 64)} {
		if _, err := New(name, "", fn); err != nil {
			t.Errorf("name %q rejected: %v", name, err)
		}
	}
	if _, err := New("s", "", func(context.Context, string) (int, error) { return 0, nil }); err == nil {
		t.Error("string arguments accepted (parameters must be an object)")
	}
	if _, err := New[struct{}, int]("n", "", nil); err == nil {
		t.Error("nil function accepted")
	}
	if _, err := New("c", "", func(context.Context, struct{ C chan int }) (int, error) { return 0, nil }); err == nil {
		t.Error("chan argument accepted")
	}
	if _, err := NewRaw("r", "", json.RawMessage(`{"type":"array"}`), func(context.Context, json.RawMessage) (json.RawMessage, error) { return nil, nil }); err == nil {
		t.Error("array parameters accepted")
	}
}

func TestSet(t *testing.T) {
	var calls atomic.Int32
	w := weatherTool(t, &calls)
	clock, err := New("clock", "", func(context.Context, struct{}) (string, error) { return "noon", nil })
	if err != nil {
		t.Fatal(err)
	}
	s, err := NewSet(w, clock)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Add(clock); err == nil {
		t.Fatal("duplicate name accepted")
	}
	dup := weatherTool(t, &calls)
	other, _ := New("other", "", func(context.Context, struct{}) (int, error) { return 0, nil })
	if err := s.Add(other, dup); err == nil || s.Len() != 2 || s.Get("other") != nil {
		t.Fatalf("a failed Add changed the set: err=%v len=%d", err, s.Len())
	}
	if names := s.Names(); len(names) != 2 || names[0] != "get_weather" || names[1] != "clock" {
		t.Fatalf("names %v", names)
	}
	specs := s.Specs()
	if len(specs) != 2 || specs[1].Name() != "clock" {
		t.Fatalf("specs %v", specs)
	}
	r := s.Call(context.Background(), chat.ToolCall{ID: "c1", Name: "get_time", Arguments: json.RawMessage(`{}`)})
	if !errors.Is(r.Err, ErrUnknownTool) || errorText(t, r.Content) != `unknown tool "get_time"; the tools are: clock, get_weather` {
		t.Fatalf("unknown tool: %+v", r)
	}
	msg := r.Message(chat.ToolCall{ID: "c1", Name: "get_time"})
	if msg.Role != chat.Tool || msg.ToolCallID != "c1" || msg.Name != "get_time" || msg.Content != r.Content {
		t.Fatalf("message %+v", msg)
	}
}

func TestCallAllRunsConcurrentlyInOrder(t *testing.T) {
	const n, parallel = 6, 3
	var running, peak atomic.Int32
	var mu sync.Mutex
	started := 0
	allStarted := make(chan struct{})
	tool, err := New("work", "", func(ctx context.Context, a struct {
		I int `json:"i"`
	}) (int, error) {
		cur := running.Add(1)
		defer running.Add(-1)
		for {
			p := peak.Load()
			if cur <= p || peak.CompareAndSwap(p, cur) {
				break
			}
		}
		mu.Lock()
		started++
		if started == parallel {
			close(allStarted)
		}
		mu.Unlock()
		select { // the first batch waits for each other: only concurrency gets past
		case <-allStarted:
		case <-ctx.Done():
			return 0, ctx.Err()
		}
		time.Sleep(time.Duration(n-a.I) * time.Millisecond) // finish out of order
		return a.I * 10, nil
	}, WithTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	s, _ := NewSet(tool)
	calls := make([]chat.ToolCall, n)
	for i := range calls {
		calls[i] = chat.ToolCall{ID: "c", Name: "work", Arguments: json.RawMessage(fmt.Sprintf(`{"i":%d}`, i))}
	}
	results := s.CallAll(context.Background(), calls, parallel)
	for i, r := range results {
		if r.Err != nil || r.Content != fmt.Sprint(i*10) {
			t.Fatalf("result %d: %+v", i, r)
		}
	}
	if p := peak.Load(); p != parallel {
		t.Fatalf("peak concurrency %d, want %d", p, parallel)
	}
}
