package memory

import (
	"context"
	"time"

	"github.com/qwenkit/qwenkit/chat"
)

// Store is conversation memory: sessions and their messages, named
// documents, full-text search over both, and the context builder that turns
// them into a prompt within a token budget. *SQLite implements it; nothing in
// it names SQL.
type Store interface {
	// CreateSession starts an empty session. A zero NewSession gets a fresh
	// random ID.
	CreateSession(ctx context.Context, s NewSession) (Session, error)
	// Session returns one session, or ErrNotFound.
	Session(ctx context.Context, id string) (Session, error)
	// Sessions lists sessions, newest first.
	Sessions(ctx context.Context, q SessionQuery) ([]Session, error)
	// DeleteSession removes a session, its messages and their index entries.
	DeleteSession(ctx context.Context, id string) error
	// Fork starts a new session holding a copy of messages 0..at of session
	// id; the two then grow apart.
	Fork(ctx context.Context, id string, at int, s NewSession) (Session, error)

	// Append adds messages to the end of a session in one transaction: all
	// of them are stored and indexed, or none. Give one step (an assistant
	// message with tool calls and the tool results that answer them) in one
	// call.
	Append(ctx context.Context, session string, msgs ...chat.Message) ([]Entry, error)
	// History reads a session's messages in order: all, the last turns, or
	// a range.
	History(ctx context.Context, session string, q HistoryQuery) ([]Entry, error)

	// AddDocument splits text into chunks and indexes them under name,
	// replacing any document of that name.
	AddDocument(ctx context.Context, name, text string) (Document, error)
	// Documents lists documents by name.
	Documents(ctx context.Context) ([]Document, error)
	// Chunks returns the chunks of a named document, in order.
	Chunks(ctx context.Context, name string) ([]Chunk, error)
	// DeleteDocument removes a document and its index entries.
	DeleteDocument(ctx context.Context, name string) error

	// Search returns the texts that best match query, best first.
	Search(ctx context.Context, query string, q SearchQuery) ([]Hit, error)
	// Context builds the messages to send for a new user turn within a
	// token budget.
	Context(ctx context.Context, req ContextRequest) (Context, error)

	// Close waits for running calls and releases the store; calls after
	// it fail. Closing twice is a no-op.
	Close() error
}

// NewSession describes a session to create.
type NewSession struct {
	// ID, if set, is the session's ID (1 to 128 bytes of printable text);
	// otherwise one is made.
	ID string
	// Title is a free-form label (UTF-8); it may be empty.
	Title string
	// Metadata is stored with the session as given and returned as is;
	// the store does not read it.
	Metadata map[string]string
}

// Session is a conversation.
type Session struct {
	// ID names the session in every call that takes one.
	ID string `json:"id"`
	// Title is as given to CreateSession.
	Title string `json:"title"`
	// Metadata is as given to CreateSession; nil when that was empty.
	Metadata map[string]string `json:"metadata,omitempty"`
	// Created is when the session was made.
	Created time.Time `json:"created"`
	// Messages is the number of messages in the session.
	Messages int `json:"messages"`
	// Parent is the ID of the session this one was forked from; "" for
	// none.
	Parent string `json:"parent,omitempty"`
	// ParentSeq is, for a fork, the Seq of the last message copied from
	// Parent.
	ParentSeq int `json:"parent_seq,omitempty"`
}

// SessionQuery pages through sessions, newest first.
type SessionQuery struct {
	// Limit caps the number returned; 0 means all.
	Limit int
	// Before, if set, returns only sessions created before this time.
	Before time.Time
}

// Entry is a stored message: the chat.Message itself and where and when it
// was stored.
type Entry struct {
	// Message is the message as it was appended, tool calls included.
	chat.Message
	// ID identifies the message in the whole store.
	ID int64 `json:"id"`
	// Seq is the message's position in its session, from 0.
	Seq int `json:"seq"`
	// Tokens is an upper bound on the tokens the message takes in a
	// Qwen2.5 prompt, ChatML framing included, by the store's counter.
	Tokens int `json:"tokens"`
	// Time is when the message was appended (or, for an import or a
	// fork, when its original was).
	Time time.Time `json:"time"`
}

// HistoryQuery selects part of a session's history. The zero value selects
// all of it.
type HistoryQuery struct {
	// LastTurns, if > 0, selects the last n turns. A turn starts at a user
	// message and runs to the next one; messages before the first user
	// message count as a turn.
	LastTurns int
	// From selects messages with Seq >= From.
	From int
	// Limit, if > 0, caps the number of messages (the first ones of the
	// selection).
	Limit int
}

// Document is a named text, stored as chunks.
type Document struct {
	// Name is the document's key: adding another document of this name
	// replaces it.
	Name string `json:"name"`
	// Created is when the document was added.
	Created time.Time `json:"created"`
	// Chars is the length of the text in characters (Unicode code points).
	Chars int `json:"chars"`
	// Tokens is the whole text's token count by the store's counter.
	Tokens int `json:"tokens"`
	// Chunks is the number of chunks the text was split into.
	Chunks int `json:"chunks"`
}

// Chunk is one indexed piece of a document.
type Chunk struct {
	// Document is the name of the document the chunk belongs to.
	Document string `json:"document"`
	// Seq is the chunk's position in its document, from 0.
	Seq int `json:"seq"`
	// Text is the chunk's text, a piece of the document exactly (chunks
	// overlap, so neighbours share some text).
	Text string `json:"text"`
	// Start is the chunk's first character in the document (code points).
	Start int `json:"start"`
	// Tokens is the chunk's token count by the store's counter.
	Tokens int `json:"tokens"`
}

// Kind says what a search hit is.
type Kind string

// The kinds of texts Search finds.
const (
	KindMessage  Kind = "message"
	KindDocument Kind = "document"
)

// SearchQuery narrows a search.
type SearchQuery struct {
	// Session, if set, searches only that session's messages (and, with
	// Documents, the documents).
	Session string
	// Messages and Documents choose what to search; both false means
	// both, or with a Session, the session's messages.
	Messages, Documents bool
	// Limit caps the number of hits; 0 means 10.
	Limit int
}

// Hit is one text that matches a search.
type Hit struct {
	// Kind says whether the hit is a message or a document chunk.
	Kind Kind `json:"kind"`
	// Score is the hit's BM25 score: higher is better; comparable only
	// among the hits of one search.
	Score float64 `json:"score"`
	// Text is the message's content or the chunk's text, whole.
	Text string `json:"text"`
	// Session is a message's session ID.
	Session string `json:"session,omitempty"`
	// Message is a message's ID (Entry.ID).
	Message int64 `json:"message,omitempty"`
	// Seq is a message's position in its session, or a chunk's in its
	// document.
	Seq int `json:"seq"`
	// Role is a message's role.
	Role chat.Role `json:"role,omitempty"`
	// For a document chunk: the document's name; Seq is the chunk's.
	Document string `json:"document,omitempty"`
	// Spans are the places in Text where query terms occur.
	Spans []Span `json:"spans"`
}

// Span is one matched word of a hit's text. Start and End count characters
// (Unicode code points) from the start of the text; ByteStart and ByteEnd
// count bytes, for slicing a Go string.
type Span struct {
	// Start is the word's first character.
	Start int `json:"start"`
	// End is the character after the word.
	End int `json:"end"`
	// ByteStart is the word's first byte.
	ByteStart int `json:"byte_start"`
	// ByteEnd is the byte after the word: Text[ByteStart:ByteEnd] is the
	// word.
	ByteEnd int `json:"byte_end"`
}
