package sdk

import (
	"crypto/rand"
	"errors"
	"fmt"

	"github.com/qwenkit/qwenkit/chat"
	"github.com/qwenkit/qwenkit/sdk/chatml"
)

// output turns a reply's text, streamed in pieces, into events: it applies the
// stop strings, and with tools it splits out the <tool_call> blocks and parses
// them (checking the names against the request's tools). Engines that
// generate raw text (the local one) feed it; it does no I/O.
type output struct {
	stop    stopFilter
	tools   map[string]bool // nil: no tools, text only
	scan    chatml.Scanner
	ncalls  int
	stopped bool
}

func newOutput(req *Request) *output {
	o := &output{stop: stopFilter{stops: req.Stop, after: req.StopAfter}}
	if len(req.Tools) > 0 && req.ToolChoice.Mode != ToolNone {
		o.tools = make(map[string]bool, len(req.Tools))
		for _, t := range req.Tools {
			o.tools[t.Name()] = true
		}
	}
	return o
}

// push adds a piece of the reply and returns the events it completes, and
// whether a stop string ended the reply.
func (o *output) push(piece string, events []Event) ([]Event, bool, error) {
	text, stopped := o.stop.push(piece)
	o.stopped = stopped
	events, err := o.split(text, events)
	return events, stopped, err
}

// finish ends the reply: held-back text and an open tool call are flushed.
// When the reply was cut short (cut: the token limit), a tool call left
// incomplete is dropped instead of being an error: the calls before it
// stand, and the finish reason says the reply is incomplete.
func (o *output) finish(events []Event, cut bool) ([]Event, error) {
	events, err := o.split(o.stop.flush(), events)
	if err != nil || o.tools == nil {
		return events, err
	}
	open := o.scan.InCall()
	text, calls, err := o.scan.Close()
	var te *chatml.ToolCallError
	if err != nil && cut && open && errors.As(err, &te) {
		return events, nil
	}
	if err != nil {
		return events, err
	}
	return o.emit(text, calls, events)
}

// calls reports how many tool calls the reply has made so far.
func (o *output) calls() int { return o.ncalls }

func (o *output) split(text string, events []Event) ([]Event, error) {
	if o.tools == nil {
		if text != "" {
			events = append(events, Event{Kind: TextEvent, Text: text})
		}
		return events, nil
	}
	if text == "" {
		return events, nil
	}
	t, calls, err := o.scan.Feed(text)
	if err != nil {
		return events, err
	}
	return o.emit(t, calls, events)
}

func (o *output) emit(text string, calls []chat.ToolCall, events []Event) ([]Event, error) {
	if text != "" {
		events = append(events, Event{Kind: TextEvent, Text: text})
	}
	for _, c := range calls {
		if !o.tools[c.Name] {
			return events, &chatml.ToolCallError{Index: o.ncalls, Body: c.Name, Err: fmt.Errorf("unknown tool %q", c.Name)}
		}
		c.ID = newCallID()
		o.ncalls++
		events = append(events, Event{Kind: ToolCallEvent, ToolCall: &c})
	}
	return events, nil
}

// newCallID returns a tool-call id unique across requests, turns and
// processes: "call_" and 26 random base32 characters (128 bits), as the
// histories an agent stores and resumes need.
func newCallID() string { return "call_" + rand.Text() }
