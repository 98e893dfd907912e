; STUDENT EDITION. The kit's reset stub is not in this tree: every core of every lab starts in
; YOURS, exercises/src/main/resources/eduscc/exercises/resetstub/student-reset.asm, which the
; line below puts here (the handout: exercises/src/main/resources/eduscc/exercises/resetstub/HANDOUT.md;
; grade it with ./eduscc grade reset-stub). Until your stub reaches the kernel, no lab does.
%include "eduscc/exercises/resetstub/student-reset.asm"
