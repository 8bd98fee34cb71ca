//go:build !purego

#include "textflag.h"

// func prefetchRows(p *byte, rows, stride, n int)
// For each of rows runs (R0, R0+stride, …): PRFM PLDL1KEEP at every 64
// bytes of its n bytes (the first at the run's start; n > 0, rows > 0).
TEXT ·prefetchRows(SB), NOSPLIT, $0-32
	MOVD p+0(FP), R0
	MOVD rows+8(FP), R1
	MOVD stride+16(FP), R2
	MOVD n+24(FP), R3

row:
	MOVD R0, R4
	MOVD R3, R5

line:
	PRFM (R4), PLDL1KEEP
	ADD  $64, R4
	SUBS $64, R5
	BGT  line
	ADD  R2, R0
	SUBS $1, R1
	BNE  row
	RET
