package agent

import (
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
	"github.com/qwenkit/qwenkit/tools/python"
)

// Run gives the model task and runs the loop to its answer (see the package
// doc). On an error it returns a *RunError, and the partial trace as the
// Result. The cost is one generation per step plus the tools' work.
func Run(ctx context.Context, e sdk.Engine, task string, opts ...Option) (*Result, error) {
	return collect(Stream(ctx, e, task, opts...))
}

// Resume continues the run stored in the session named by WithStore: a
// stored step is never redone, a stored tool result never recomputed. A
// session whose last message is the answer returns that answer without a
// model call.
func Resume(ctx context.Context, e sdk.Engine, opts ...Option) (*Result, error) {
	return collect(ResumeStream(ctx, e, opts...))
}

// Stream is Run as a stream of events: text deltas, tool calls and their
// results, finished steps, and last the final answer. An error ends the
// stream (a *RunError, yielded once with a zero Event). Breaking out of the
// loop stops the run within one event.
func Stream(ctx context.Context, e sdk.Engine, task string, opts ...Option) iter.Seq2[Event, error] {
	return stream(ctx, e, &task, opts)
}

// ResumeStream is Resume as a stream of events.
func ResumeStream(ctx context.Context, e sdk.Engine, opts ...Option) iter.Seq2[Event, error] {
	return stream(ctx, e, nil, opts)
}

func collect(events iter.Seq2[Event, error]) (*Result, error) {
	for ev, err := range events {
		if err != nil {
			if re, ok := err.(*RunError); ok {
				return re.Partial, err
			}
			return nil, err
		}
		if ev.Kind == FinalAnswer {
			return ev.Run, nil
		}
	}
	return nil, fmt.Errorf("agent: the run ended without an answer")
}

func stream(ctx context.Context, e sdk.Engine, task *string, opts []Option) iter.Seq2[Event, error] {
	return func(yield func(Event, error) bool) {
		cfg, err := newConfig(opts)
		if err != nil {
			yield(Event{}, err)
			return
		}
		if e == nil {
			yield(Event{}, fmt.Errorf("agent: nil engine"))
			return
		}
		r := &runner{cfg: cfg, engine: e, yield: yield, res: &Result{}, seen: map[string]string{}}
		if err := r.run(ctx, task); err != nil && !r.stopped {
			r.res.Messages = r.msgs
			yield(Event{}, &RunError{Err: err, Partial: r.res})
		}
	}
}

// runner is one run's state.
type runner struct {
	cfg     *config
	engine  sdk.Engine
	yield   func(Event, error) bool
	stopped bool // the consumer broke out of the loop
	msgs    []chat.Message
	res     *Result
	seen    map[string]string // call key → its result's content
	repeats int
}

// errStopped ends a run whose consumer stopped listening.
var errStopped = fmt.Errorf("agent: stopped by the consumer")

func (r *runner) emit(ev Event) error {
	if r.stopped {
		return errStopped
	}
	if !r.yield(ev, nil) {
		r.stopped = true
		return errStopped
	}
	return nil
}

// persist appends msgs to the store. It ignores cancellation: work that is
// done is recorded, so a resumed run does not redo it.
func (r *runner) persist(ctx context.Context, msgs ...chat.Message) error {
	if r.cfg.store == nil || len(msgs) == 0 {
		return nil
	}
	if err := r.cfg.store.Append(context.WithoutCancel(ctx), r.cfg.session, msgs...); err != nil {
		return fmt.Errorf("agent: store session %s: %w", r.cfg.session, err)
	}
	return nil
}

func (r *runner) run(ctx context.Context, task *string) error {
	var stored []chat.Message
	if r.cfg.store != nil {
		var err error
		if stored, err = r.cfg.store.Messages(ctx, r.cfg.session); err != nil {
			return fmt.Errorf("agent: load session %s: %w", r.cfg.session, err)
		}
	}
	r.msgs = joinTIR(stored)
	r.remember(stored)
	if task != nil {
		var fresh []chat.Message
		if len(stored) == 0 && r.systemPrompt() != "" && r.cfg.budget == 0 {
			fresh = append(fresh, chat.Message{Role: chat.System, Content: r.systemPrompt()})
		}
		fresh = append(fresh, chat.Message{Role: chat.User, Content: *task})
		if err := r.persist(ctx, fresh...); err != nil {
			return err
		}
		r.msgs = append(r.msgs, fresh...)
	} else {
		if len(stored) == 0 {
			return ErrNothingToDo
		}
		done, err := r.resumeTail(ctx)
		if err != nil || done {
			return err
		}
	}
	if r.cfg.budget > 0 {
		if _, ok := r.cfg.store.(prompter); !ok {
			return fmt.Errorf("agent: a context budget needs WithMemory")
		}
	}
	for r.res.Steps < r.cfg.maxSteps {
		if err := ctx.Err(); err != nil {
			return err
		}
		final, err := r.step(ctx)
		if err != nil || final {
			return err
		}
		if r.repeats > r.cfg.maxRepeats {
			return fmt.Errorf("%w: %d calls repeated earlier ones", ErrRepeatedCalls, r.repeats)
		}
	}
	return fmt.Errorf("%w: %d model calls and the model still calls tools", ErrStepLimit, r.res.Steps)
}

// prompter is a Store that can build a prompt within a token budget from
// what it holds (Memory does).
type prompter interface {
	Prompt(ctx context.Context, session, system string, budget int) ([]chat.Message, error)
}

// systemPrompt is the system message: the configured prompt, and for a
// typed run the answer's schema.
func (r *runner) systemPrompt() string {
	s := r.cfg.system
	if r.cfg.format != nil {
		s = strings.TrimSpace(s + "\n\nWhen you have the answer, reply with JSON only: one value matching this JSON Schema.\n" + string(r.cfg.format.Schema))
	}
	return s
}

// resumeTail finishes what the stored history left open: tool calls
// without results are run; a stored answer ends the run.
func (r *runner) resumeTail(ctx context.Context) (done bool, err error) {
	last := len(r.msgs) - 1
	// Find the last assistant message and the tool results after it.
	a := last
	for a >= 0 && r.msgs[a].Role == chat.Tool {
		a--
	}
	if a < 0 || r.msgs[a].Role != chat.Assistant {
		return false, nil // ends with the task (or results): generate
	}
	m := r.msgs[a]
	if len(m.ToolCalls) == 0 {
		if a == last && !(r.cfg.tir && endsWithOutput(m.Content)) {
			r.res.Answer = m.Content
			r.res.Messages = r.msgs
			return true, r.emit(Event{Kind: FinalAnswer, Text: m.Content, Run: r.res})
		}
		return false, nil
	}
	answered := map[string]bool{}
	for _, t := range r.msgs[a+1:] {
		answered[t.ToolCallID] = true
	}
	var missing []chat.ToolCall
	for _, c := range m.ToolCalls {
		if !answered[c.ID] {
			missing = append(missing, c)
		}
	}
	if len(missing) == 0 {
		return false, nil
	}
	results, err := r.callTools(ctx, 0, missing)
	if err != nil {
		return false, err
	}
	if err := r.persist(ctx, results...); err != nil {
		return false, err
	}
	r.msgs = append(r.msgs, results...)
	return false, nil
}

// remember records the calls of a stored history, for repeat detection.
func (r *runner) remember(msgs []chat.Message) {
	content := map[string]string{}
	for _, m := range msgs {
		if m.Role == chat.Tool {
			content[m.ToolCallID] = m.Content
		}
	}
	for _, m := range msgs {
		for _, c := range m.ToolCalls {
			if res, ok := content[c.ID]; ok {
				r.seen[callKey(c)] = res
			}
		}
	}
}

// step makes one model call and does what it asks. final reports the answer.
// With TIR, a step is the model's text up to the end of a python block (then
// the block runs and its output joins the same message) or to the answer;
// the model call that continues an open TIR turn continues its message.
func (r *runner) step(ctx context.Context) (final bool, err error) {
	r.res.Steps++
	n := r.res.Steps
	prompt := slices.Clip(r.msgs) // an engine that appends must not write into our array
	if r.cfg.budget > 0 {
		var err error
		if prompt, err = r.cfg.store.(prompter).Prompt(ctx, r.cfg.session, r.systemPrompt(), r.cfg.budget); err != nil {
			return false, fmt.Errorf("agent: step %d: %w", n, err)
		}
		prompt = joinTIR(prompt)
	}
	req := sdk.Request{
		Messages:       prompt,
		Tools:          r.cfg.tools.Specs(),
		Sampling:       r.cfg.sampling,
		MaxTokens:      r.cfg.maxTokens,
		ResponseFormat: r.cfg.format,
	}
	if n == 1 {
		req.ToolChoice = r.cfg.first
		if req.ToolChoice.Mode >= sdk.ToolRequired {
			req.ResponseFormat = nil // a forced call has no text to shape
		}
	}
	// open is the TIR turn this step continues ("" when it starts a new
	// assistant message).
	var open string
	if r.cfg.tir {
		req.Stop = []string{outputFence}
		req.StopAfter = []string{closeFence}
		if openTIR(prompt) {
			req.Continue, open = true, prompt[len(prompt)-1].Content
		}
	}
	content, calls, usage, reason, err := r.generate(ctx, n, req, open)
	if err != nil {
		return false, err
	}
	for i := range calls {
		if calls[i].ID == "" || r.idTaken(calls[i].ID) {
			calls[i].ID = fmt.Sprintf("call_%d_%d", len(r.msgs), i)
		}
	}

	// fragment is what this step adds to the conversation: a new message,
	// or the continuation of the open TIR turn.
	fragment := chat.Message{Role: chat.Assistant, Content: content, ToolCalls: calls}
	code, isCode := "", false
	if r.cfg.tir && len(calls) == 0 && reason != sdk.FinishLength {
		code, isCode = trailingCode(content)
	}
	var shown string
	if isCode {
		out, runErr := python.Run(ctx, code, r.cfg.tirOpts)
		shown = codeOutputText(out, runErr)
		fragment.Content = strings.TrimRight(content, " \n") + "\n" + outputBlock(shown)
		r.res.CodeRuns++
	}
	if req.Continue {
		if len(calls) > 0 {
			fragment.Content = strings.TrimRight(fragment.Content, " \n")
		}
		joined := r.msgs[len(r.msgs)-1]
		joined.Content += fragment.Content
		joined.ToolCalls = calls
		r.msgs = append(slices.Clip(r.msgs[:len(r.msgs)-1]), joined)
	} else {
		if len(calls) > 0 {
			fragment.Content = strings.TrimSpace(fragment.Content)
		}
		r.msgs = append(r.msgs, fragment)
	}
	assistant := r.msgs[len(r.msgs)-1]

	if isCode {
		if err := r.persist(ctx, fragment); err != nil {
			return false, err
		}
		if err := r.emit(Event{Kind: CodeResult, Step: n, Code: code, Output: shown}); err != nil {
			return false, err
		}
		return false, r.emit(Event{Kind: StepFinished, Step: n, Usage: usage})
	}

	if len(calls) == 0 {
		if err := r.persist(ctx, fragment); err != nil {
			return false, err
		}
		r.res.Answer, r.res.Messages = assistant.Content, r.msgs
		if err := r.emit(Event{Kind: StepFinished, Step: n, Usage: usage}); err != nil {
			return false, err
		}
		return true, r.emit(Event{Kind: FinalAnswer, Step: n, Text: assistant.Content, Run: r.res})
	}

	results, err := r.callTools(ctx, n, calls)
	if err != nil {
		return false, err
	}
	// The step is stored whole (the calls with their results) before the
	// next model call.
	if err := r.persist(ctx, append([]chat.Message{fragment}, results...)...); err != nil {
		return false, err
	}
	r.msgs = append(r.msgs, results...)
	return false, r.emit(Event{Kind: StepFinished, Step: n, Usage: usage})
}

// maxFenceRounds bounds the continuations of one step past fences of
// blocks that are not python code.
const maxFenceRounds = 8

// generate makes the step's model call and streams its text. With TIR, a
// reply that stopped at the closing fence of a block that is not python
// code is continued within the step (the model's message goes on), so a
// step ends only at a python block, the answer, tool calls or the token
// limit. open is the text of the TIR turn req continues, if any.
func (r *runner) generate(ctx context.Context, n int, req sdk.Request, open string) (content string, calls []chat.ToolCall, usage sdk.Usage, reason sdk.FinishReason, err error) {
	var text strings.Builder
	for round := 0; ; round++ {
		got := text.Len()
		for ev, err := range r.engine.Chat(ctx, req) {
			if err != nil {
				return "", nil, usage, "", fmt.Errorf("agent: step %d: %w", n, err)
			}
			switch ev.Kind {
			case sdk.TextEvent:
				text.WriteString(ev.Text)
				if err := r.emit(Event{Kind: TextDelta, Step: n, Text: ev.Text}); err != nil {
					return "", nil, usage, "", err
				}
			case sdk.ToolCallEvent:
				if ev.ToolCall != nil {
					calls = append(calls, *ev.ToolCall)
				}
			case sdk.DoneEvent:
				if ev.Done != nil {
					reason = ev.Done.Reason
					usage.PromptTokens += ev.Done.Usage.PromptTokens
					usage.CachedTokens += ev.Done.Usage.CachedTokens
					usage.CompletionTokens += ev.Done.Usage.CompletionTokens
					usage.TimeToFirstToken = cmp.Or(usage.TimeToFirstToken, ev.Done.Usage.TimeToFirstToken)
					usage.TokensPerSecond = ev.Done.Usage.TokensPerSecond
				}
			}
		}
		content = text.String()
		_, isCode := trailingCode(content)
		if !r.cfg.tir || len(calls) > 0 || reason != sdk.FinishStop || isCode || text.Len() == got || !strings.HasSuffix(content, closeFence) || round >= maxFenceRounds {
			break
		}
		// The closing fence of some other block: go on in the same message.
		msgs := slices.Clip(req.Messages)
		if req.Continue {
			msgs = msgs[:len(msgs)-1]
		}
		req.Messages = append(msgs, chat.Message{Role: chat.Assistant, Content: open + content})
		req.Continue = true
		req.ToolChoice = sdk.ToolChoice{}
	}
	r.res.Usage.PromptTokens += usage.PromptTokens
	r.res.Usage.CachedTokens += usage.CachedTokens
	r.res.Usage.CompletionTokens += usage.CompletionTokens
	return content, calls, usage, reason, nil
}

// idTaken says whether a tool call id is already used in the conversation
// (engines number calls per reply, so ids repeat across steps).
func (r *runner) idTaken(id string) bool {
	for _, m := range r.msgs {
		for _, c := range m.ToolCalls {
			if c.ID == id {
				return true
			}
		}
	}
	return false
}

// callKey identifies a call by tool and canonical arguments.
func callKey(c chat.ToolCall) string {
	args := []byte(c.Arguments)
	var s string
	if json.Unmarshal(args, &s) == nil { // arguments as a JSON string
		args = []byte(s)
	}
	var v any
	if json.Unmarshal(args, &v) == nil {
		if canon, err := json.Marshal(v); err == nil { // map keys sorted
			args = canon
		}
	}
	return c.Name + "\x00" + string(args)
}

// callTools runs calls, at most cfg.parallel at once, and returns their
// result messages in call order. A call identical to an earlier one (in
// this step or before) is not run: its result says so.
func (r *runner) callTools(ctx context.Context, step int, calls []chat.ToolCall) ([]chat.Message, error) {
	var unique []chat.ToolCall
	index := make([]int, len(calls)) // position in unique, or -1 for a repeat
	firstInStep := map[string]int{}
	for i, c := range calls {
		k := callKey(c)
		_, inStep := firstInStep[k]
		if inStep || r.seen[k] != "" {
			index[i] = -1
		} else {
			index[i] = len(unique)
			firstInStep[k] = i
			unique = append(unique, c)
		}
		if err := r.emit(Event{Kind: ToolCallStarted, Step: step, Call: &calls[i]}); err != nil {
			return nil, err
		}
	}
	ran := r.cfg.tools.CallAll(ctx, unique, r.cfg.parallel)
	msgs := make([]chat.Message, len(calls))
	for i, c := range calls {
		var res tools.Result
		k := callKey(c)
		if index[i] >= 0 {
			res = ran[index[i]]
			r.seen[k] = res.Content
			r.res.ToolCalls++
		} else {
			prev := r.seen[k]
			if j, ok := firstInStep[k]; ok {
				prev = ran[index[j]].Content
			}
			r.repeats++
			note, _ := json.Marshal(map[string]string{"error": "repeated call: this exact call was already made, so it was not run again; its result was: " + prev})
			res = tools.Result{Tool: c.Name, Content: string(note), Err: ErrRepeatedCall}
		}
		msgs[i] = res.Message(c)
		if err := r.emit(Event{Kind: ToolResult, Step: step, Call: &calls[i], Result: &res}); err != nil {
			return nil, err
		}
	}
	return msgs, nil
}
