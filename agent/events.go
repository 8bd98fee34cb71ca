package agent

import (
	"errors"
	"fmt"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk"
	"github.com/qwenkit/qwenkit/tools"
	"github.com/qwenkit/qwenkit/tools/python"
)

// EventKind says what an Event carries.
type EventKind uint8

const (
	// TextDelta: the next piece of the model's text, in Text.
	TextDelta EventKind = iota + 1
	// ToolCallStarted: the tool call in Call is about to run.
	ToolCallStarted
	// ToolResult: the call in Call returned Result. Results come in the
	// order of the calls, whatever order they finished in.
	ToolResult
	// CodeResult (TIR): the python block in Code ran; Output is what it
	// printed, or its error text.
	CodeResult
	// StepFinished: one model call and the work it asked for are done (and
	// stored); Usage is that call's.
	StepFinished
	// FinalAnswer: the run is over; Text is the answer and Run the whole
	// result. It is the last event.
	FinalAnswer
)

// Event is one step of a streamed run.
type Event struct {
	// Kind says which of the fields below are set.
	Kind EventKind
	// Step counts model calls from 1; it is 0 on the FinalAnswer of a
	// resumed run whose stored conversation already ends with the answer.
	Step int
	// Text is the text delta (TextDelta) or the final answer (FinalAnswer).
	Text string
	// Call is the tool call about to run (ToolCallStarted) or that
	// returned Result (ToolResult).
	Call *chat.ToolCall
	// Result is what Call returned (ToolResult).
	Result *tools.Result
	// Code is the python block that ran (CodeResult).
	Code string
	// Output is what Code printed, or its error text (CodeResult).
	Output string
	// Usage is the token counts of the step's model call (StepFinished).
	Usage sdk.Usage
	// Run is the whole result of the run (FinalAnswer).
	Run *Result
}

// Result is a run's outcome.
type Result struct {
	// Answer is the model's final message. With WithTIR it is the whole
	// turn: the reasoning, the python blocks and their outputs, and the
	// conclusion.
	Answer string
	// Messages is the conversation: the stored history (if any), the task,
	// every step and the answer. A TIR turn is one assistant message here
	// (the store holds it as one fragment per step).
	Messages []chat.Message
	// Steps is the number of steps (model calls; with TIR, a step that
	// stops at the fence of a block other than python code goes on in
	// more calls) made by this run.
	Steps int
	// ToolCalls is the number of tool calls this run ran (repeats that were
	// refused not included); CodeRuns, the number of python blocks run.
	ToolCalls, CodeRuns int
	// Usage sums the model calls' token counts.
	Usage sdk.Usage
}

// Errors that stop a run (test with errors.Is on the *RunError).
var (
	ErrStepLimit     = errors.New("agent: step limit reached")
	ErrRepeatedCalls = errors.New("agent: too many repeated tool calls")
	ErrNothingToDo   = errors.New("agent: nothing to resume")
	// ErrRepeatedCall is the Err of a tool result refused as a repeat.
	ErrRepeatedCall = errors.New("repeated call")
)

// RunError is a run that stopped before its answer: by a guard, the
// context, the engine or the store. Partial holds the trace so far.
type RunError struct {
	// Err is why the run stopped: a guard's error (errors.Is matches
	// ErrStepLimit, ErrRepeatedCalls or ErrNothingToDo) or the error of
	// the context, the engine or the store.
	Err error
	// Partial is the run so far: its messages, steps, calls and usage up
	// to the stop.
	Partial *Result
}

// Error returns Err's text and the number of steps made.
func (e *RunError) Error() string {
	return fmt.Sprintf("%v (after %d steps)", e.Err, e.Partial.Steps)
}

// Unwrap returns Err.
func (e *RunError) Unwrap() error { return e.Err }

// codeOutputText is what a python block's run shows the model.
func codeOutputText(out python.Output, err error) string {
	var pe *python.Error
	if errors.As(err, &pe) {
		text := pe.Output.Text()
		if text != "" && text[len(text)-1] != '\n' {
			text += "\n"
		}
		return text + pe.Message
	}
	if err != nil {
		return err.Error()
	}
	return out.Text()
}
