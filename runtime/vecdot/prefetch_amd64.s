//go:build !purego

#include "textflag.h"

// func prefetchRows(p *byte, rows, stride, n int)
// For each of rows runs (SI, SI+stride, …): PREFETCHT0 at every 64 bytes
// of its n bytes (the first at the run's start; n > 0, rows > 0).
TEXT ·prefetchRows(SB), NOSPLIT, $0-32
	MOVQ p+0(FP), SI
	MOVQ rows+8(FP), DX
	MOVQ stride+16(FP), R8
	MOVQ n+24(FP), R9

row:
	MOVQ SI, DI
	MOVQ R9, CX

line:
	PREFETCHT0 (DI)
	ADDQ       $64, DI
	SUBQ       $64, CX
	JG         line
	ADDQ       R8, SI
	DECQ       DX
	JNZ        row
	RET
