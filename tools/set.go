package tools

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/qwenkit/qwenkit/chat"
)

// Set is the tools offered to the model in one conversation, in the order
// they were added. It is safe for concurrent use.
type Set struct {
	mu     sync.RWMutex
	tools  []*Tool
	byName map[string]*Tool
}

// NewSet makes a Set of the given tools (see Add).
func NewSet(tools ...*Tool) (*Set, error) {
	s := &Set{byName: map[string]*Tool{}}
	if err := s.Add(tools...); err != nil {
		return nil, err
	}
	return s, nil
}

// Add adds tools to the set: all of them, or none when one is nil or its
// name is already taken.
func (s *Set) Add(tools ...*Tool) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.byName == nil {
		s.byName = map[string]*Tool{}
	}
	seen := map[string]bool{}
	for i, t := range tools {
		if t == nil {
			return fmt.Errorf("tools: set: tool %d is nil", i)
		}
		if s.byName[t.name] != nil || seen[t.name] {
			return fmt.Errorf("tools: set: duplicate tool name %q", t.name)
		}
		seen[t.name] = true
	}
	for _, t := range tools {
		s.tools = append(s.tools, t)
		s.byName[t.name] = t
	}
	return nil
}

// Get returns the tool of that name, or nil.
func (s *Set) Get(name string) *Tool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.byName[name]
}

// Len returns the number of tools.
func (s *Set) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.tools)
}

// Tools returns the tools in the order they were added.
func (s *Set) Tools() []*Tool {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return append([]*Tool(nil), s.tools...)
}

// Names returns the tools' names in the order they were added.
func (s *Set) Names() []string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	names := make([]string, len(s.tools))
	for i, t := range s.tools {
		names[i] = t.name
	}
	return names
}

// Specs returns the tools' definitions for a chat request, in order.
func (s *Set) Specs() []chat.ToolSpec {
	s.mu.RLock()
	defer s.mu.RUnlock()
	specs := make([]chat.ToolSpec, len(s.tools))
	for i, t := range s.tools {
		specs[i] = t.spec
	}
	return specs
}

// Call runs one tool call. A call of a name not in the set gets a result
// naming the tools that are.
func (s *Set) Call(ctx context.Context, call chat.ToolCall) Result {
	t := s.Get(call.Name)
	if t == nil {
		names := s.Names()
		sort.Strings(names)
		err := fmt.Errorf("%w %q", ErrUnknownTool, call.Name)
		return Result{
			Tool:    call.Name,
			Content: errorContent(fmt.Sprintf("unknown tool %q; the tools are: %s", call.Name, strings.Join(names, ", "))),
			Err:     err,
		}
	}
	return t.Call(ctx, call.Arguments)
}

// CallAll runs calls with at most parallel of them at once (parallel < 1
// means one at a time) and returns their results in the order of calls,
// whatever order they finish in.
func (s *Set) CallAll(ctx context.Context, calls []chat.ToolCall, parallel int) []Result {
	results := make([]Result, len(calls))
	if parallel < 1 {
		parallel = 1
	}
	sem := make(chan struct{}, parallel)
	var wg sync.WaitGroup
	for i, c := range calls {
		sem <- struct{}{}
		wg.Add(1)
		go func() {
			defer func() { <-sem; wg.Done() }()
			results[i] = s.Call(ctx, c)
		}()
	}
	wg.Wait()
	return results
}
