// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Aoraki, IReceiptVerifier} from "./Aoraki.sol";

/// @notice A task's quote, field for field as Aoraki.Quote (same ABI encoding).
struct TaskQuote {
    address node;
    address requester;
    bytes32 programId;
    bytes32 inputDigest;
    uint96 price;
    uint64 provingDeadline;
    uint64 expiry;
    uint256 nonce;
    address verifier;
    address callback;
}

/// @notice One proven segment: its claim (family id, program, state chain, input chain), the prover and the
/// price it was awarded (bound into the seal with the task id), and its seal: A, B (x1, x0, y1, y0), C as in gnark's
/// Proof.MarshalSolidity, then its BSB22 commitments (two points; the words of a commitment the family's circuit
/// does not have are zero) and their folded proof of knowledge (zero for a circuit without a commitment).
struct ReceiptSegment {
    bytes32 family;
    bytes32 programId;
    bytes32 stateIn;
    bytes32 stateOut;
    bytes32 inputIn;
    bytes32 inputOut;
    address prover;
    uint96 price;
    uint256[8] proof;
    uint256[4] commitments;
    uint256[2] commitmentPok;
}

/// @title On-chain check of a ZKPool composite receipt (the dtree and hashchain programs).
/// @notice A requester names this contract as the verifier of its quote; Aoraki then calls verifyReceipt during
/// fulfill and refuses the result unless the composite receipt proves it. The proof bytes are
/// abi.encode(TaskQuote quote, ReceiptSegment[] segments) (see encodeProof), canonical encoding only. A receipt is
/// valid when: the quote's EIP-712 digest (asked of Aoraki) is the task id; every segment names the same registered
/// circuit family and the quote's program id; the first state is the family's fixed initial state, or else the one
/// the requester pinned for the task; each segment starts where the previous one ended; the last state is the
/// result digest; the input chain starts at the family's fixed initial input (or, for a family without one, at the
/// quote's input digest), links segment to segment and ends at the quote's input digest, so the receipt is about
/// exactly the input the requester paid for, every sample and the sample count included; and every seal is a
/// valid Groth16 proof for (programId, stateIn, stateOut, inputIn, inputOut, binding) under the family's verifying
/// key, where binding = keccak256(abi.encode(taskId, prover, price)) mod r ties the seal to this task and to the
/// prover and price it was awarded, checked as gnark v0.16's Groth16 verifier checks a proof made for the Solidity
/// target: each BSB22 commitment's keccak256 hash-to-field is an extra public input (hashchain's circuits have no
/// commitment, today's dtree circuits one, for their range checks and lookups; a circuit may have two, the second
/// committing the first's output, as dtree's committed model does), the commitments' (folded) proof of knowledge is
/// one pairing check, then the Groth16 pairing. For one commitment this is word for word what gnark's exported
/// Solidity verifier checks; for two, gnark's export checks only the first commitment's proof of knowledge, which
/// the folded one of a real two-commitment proof fails, so the check here follows gnark's Go verifier.
/// @dev Verifying keys are data, not code: the owner registers each family once (immutable afterwards), the key
/// (KEY_WORDS = 44 words) is stored as the runtime code of a small data contract and read back with one EXTCODECOPY, so a
/// network whose setup runs at deploy needs no compiler (gnark's ExportSolidity makes one contract per key, which
/// only solc can turn into bytecode). The price against gnark's exported verifier, which has the key in its
/// bytecode: one cold account access and a 1.4 KiB copy per receipt (~3k gas), and the key's words in memory
/// instead of PUSH constants; nothing measurable per segment (see BENCHMARKS.md for the gas per segment). For a new setup: deploy this contract once with the Aoraki address (no compiler), then
/// call registerFamily for each family with the words seal.SolidityKey makes of its verifying key (the constants
/// ExportSolidity would write) and, for dtree, its constant initial state and initial input; node/receiptverifier.DeployFor
/// does both.
/// A new key for an existing family name needs a new family name or a new deployment: keys never change.
contract ReceiptVerifier is IReceiptVerifier {
    /// @notice Why a receipt is not valid (Valid when it is).
    enum Verdict {
        Valid,
        Malformed,
        WrongTask,
        Empty,
        UnknownFamily,
        MixedFamilies,
        WrongProgram,
        InitialStateUnknown,
        WrongInitialState,
        BrokenChain,
        WrongFinalState,
        InvalidSeal,
        WrongInput
    }

    /// @dev A registered family: the data contract holding its verifying key, its fixed initial state (zero when the
    /// initial state depends on the task's input and must be pinned by the requester), and the fixed start of its
    /// input chain (zero when every segment's input chain is the quote's input digest itself).
    struct Family {
        address keys;
        bytes32 initialState;
        bytes32 initialInput;
    }

    /// @notice Only the owner may register families.
    error NotOwner(address sender);
    /// @notice The family is already registered; keys are immutable once set.
    error FamilyExists(bytes32 familyId);
    /// @notice A point of the verifying key is not on its curve (or is the point at infinity); word is its first word.
    error InvalidKey(uint256 word);
    /// @notice Storing the verifying key failed.
    error KeyStoreFailed();
    /// @notice Only the requester of the quote may pin its task's initial state.
    error NotQuoteRequester(address requester, address sender);
    /// @notice The task's initial state is already pinned.
    error AlreadyPinned(bytes32 taskId);
    /// @notice The task is already submitted: pin its initial state before submitting it.
    error TaskAlreadySubmitted(bytes32 taskId);
    /// @notice A parameter is out of range.
    error BadParameter(string name);

    event FamilyRegistered(bytes32 indexed familyId, string name, bytes32 initialState, bytes32 initialInput, address keys);
    event InitialStatePinned(bytes32 indexed taskId, bytes32 initialState);

    /// @notice Words of a verifying key: alpha (2, words 0..1); -beta, -gamma, -delta, Pedersen G, the first
    /// commitment's G·(-sigma) (4 each, as x1, x0, y1, y0; words 2..21); K0..K8 (2 each, words 22..39; K1..K6 for
    /// ProgramID, StateIn, StateOut, InputIn, InputOut, Binding, K7 and K8 for the first and second commitments'
    /// hashes); the second commitment's G·(-sigma) (words 40..43). The words of a commitment the circuit does not
    /// have are zero, so the count is unambiguous (a real point is never zero): K8 set means two commitments, else
    /// K7 set one, else none. A seal carries exactly its family's count of commitment points, and zero words for
    /// the others.
    uint256 public constant KEY_WORDS = 44;

    uint256 private constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    uint256 private constant QUOTE_WORDS = 10;
    uint256 private constant SEGMENT_WORDS = 22;
    uint256 private constant HEADER_BYTES = (QUOTE_WORDS + 2) * 32;

    /// @notice The account allowed to register families.
    address public immutable owner;
    /// @notice The Aoraki contract whose task ids (quote digests) this verifier accepts.
    Aoraki public immutable aoraki;

    /// @notice Registered families by id (keccak256 of the family name).
    mapping(bytes32 => Family) public families;
    /// @notice Initial states pinned by requesters, by task id.
    mapping(bytes32 => bytes32) public pinnedInitialState;

    constructor(Aoraki aoraki_) {
        if (address(aoraki_).code.length == 0) revert BadParameter("aoraki");
        owner = msg.sender;
        aoraki = aoraki_;
    }

    // ---------------------------------------------------------------- registration

    /// @notice Registers a circuit family's verifying key (owner only, once per family).
    /// @param name the family name, e.g. "hashchain/v1/s2"; its keccak256 is the family id used in receipts.
    /// @param initialState the state every task of this family starts from, or zero when it depends on the input.
    /// @param initialInput the start of every task's input chain, or zero when the chain is the constant input digest.
    /// @param key the verifying key as KEY_WORDS words (see KEY_WORDS); every point is checked to be on its curve.
    function registerFamily(
        string calldata name,
        bytes32 initialState,
        bytes32 initialInput,
        uint256[KEY_WORDS] calldata key
    ) external returns (bytes32 id) {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (bytes(name).length == 0) revert BadParameter("name");
        if (uint256(initialState) >= R) revert BadParameter("initialState");
        if (uint256(initialInput) >= R) revert BadParameter("initialInput");
        id = keccak256(bytes(name));
        if (families[id].keys != address(0)) revert FamilyExists(id);
        _checkKey(key);
        // Init code: copy the runtime (a STOP byte, then the key) to memory and return it.
        bytes memory init = abi.encodePacked(hex"61", uint16(1 + KEY_WORDS * 32), hex"80600c6000396000f300", key);
        address keys;
        assembly ("memory-safe") {
            keys := create(0, add(init, 0x20), mload(init))
        }
        if (keys == address(0)) revert KeyStoreFailed();
        families[id] = Family({keys: keys, initialState: initialState, initialInput: initialInput});
        emit FamilyRegistered(id, name, initialState, initialInput, keys);
    }

    /// @notice The verifying key of a registered family, as registered (empty when unknown).
    function familyKey(bytes32 familyId) external view returns (uint256[] memory key) {
        address keys = families[familyId].keys;
        if (keys == address(0)) return key;
        key = new uint256[](KEY_WORDS);
        assembly ("memory-safe") {
            extcodecopy(keys, add(key, 0x20), 1, mul(KEY_WORDS, 0x20))
        }
    }

    /// @notice Pins the initial state of the task that quote q opens, for families whose initial state depends on
    /// the input (hashchain: the commitment to the seed). Only q's requester may pin, once, and only before
    /// submitting the task, so the pin is in place when the node sees the task published.
    function pinInitialState(TaskQuote calldata q, bytes32 initialState) external returns (bytes32 taskId) {
        if (msg.sender != q.requester) revert NotQuoteRequester(q.requester, msg.sender);
        if (initialState == 0 || uint256(initialState) >= R) revert BadParameter("initialState");
        taskId = _quoteDigest(q);
        if (pinnedInitialState[taskId] != 0) revert AlreadyPinned(taskId);
        (,, Aoraki.TaskStatus status,,,,) = aoraki.tasks(taskId);
        if (status != Aoraki.TaskStatus.None) revert TaskAlreadySubmitted(taskId);
        pinnedInitialState[taskId] = initialState;
        emit InitialStatePinned(taskId, initialState);
    }

    // ---------------------------------------------------------------- verification

    /// @notice Returns true when proof is a valid composite receipt of task taskId ending at resultDigest.
    function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes calldata proof) external view returns (bool) {
        (Verdict v,) = check(taskId, resultDigest, proof);
        return v == Verdict.Valid;
    }

    /// @notice The verdict on a receipt, and the index of the segment it concerns (0 when none in particular).
    function check(bytes32 taskId, bytes32 resultDigest, bytes calldata proof)
        public
        view
        returns (Verdict verdict, uint256 segment)
    {
        if (proof.length < HEADER_BYTES) return (Verdict.Malformed, 0);
        uint256 n = uint256(_word(proof, QUOTE_WORDS + 1));
        if (
            uint256(_word(proof, QUOTE_WORDS)) != (QUOTE_WORDS + 1) * 32
                || n > (proof.length - HEADER_BYTES) / (SEGMENT_WORDS * 32)
                || proof.length != HEADER_BYTES + n * SEGMENT_WORDS * 32
        ) return (Verdict.Malformed, 0);
        if (n == 0) return (Verdict.Empty, 0);
        if (!_isTask(taskId, proof)) return (Verdict.WrongTask, 0);

        bytes32 programId = _word(proof, 2);
        bytes32 familyId = _word(proof, QUOTE_WORDS + 2);
        Family memory fam = families[familyId];
        if (fam.keys == address(0)) return (Verdict.UnknownFamily, 0);
        bytes32 state = fam.initialState != 0 ? fam.initialState : pinnedInitialState[taskId];
        if (state == 0) return (Verdict.InitialStateUnknown, 0);
        bytes32 inputDigest = _word(proof, 3);
        bytes32 input = fam.initialInput != 0 ? fam.initialInput : inputDigest;
        for (uint256 k; k < n; ++k) {
            uint256 base = QUOTE_WORDS + 2 + k * SEGMENT_WORDS;
            // The prover and price words must be a canonical address and uint96: the binding hashes the words as
            // they are, and no receipt off chain can carry other values.
            if (uint256(_word(proof, base + 6)) >> 160 != 0 || uint256(_word(proof, base + 7)) >> 96 != 0) {
                return (Verdict.Malformed, k);
            }
            if (_word(proof, base) != familyId) return (Verdict.MixedFamilies, k);
            if (_word(proof, base + 1) != programId) return (Verdict.WrongProgram, k);
            if (_word(proof, base + 2) != state) return (k == 0 ? Verdict.WrongInitialState : Verdict.BrokenChain, k);
            if (_word(proof, base + 4) != input) return (k == 0 ? Verdict.WrongInitialState : Verdict.BrokenChain, k);
            state = _word(proof, base + 3);
            input = _word(proof, base + 5);
        }
        if (state != resultDigest) return (Verdict.WrongFinalState, n - 1);
        if (input != inputDigest) return (Verdict.WrongInput, n - 1);

        uint256 key = _loadKey(fam.keys);
        uint256 commitments = _commitments(key);
        for (uint256 k; k < n; ++k) {
            uint256 seg;
            assembly ("memory-safe") {
                seg := add(proof.offset, mul(add(add(QUOTE_WORDS, 2), mul(k, SEGMENT_WORDS)), 0x20))
            }
            if (!_verifySeal(key, commitments, seg, taskId)) return (Verdict.InvalidSeal, k);
        }
        return (Verdict.Valid, 0);
    }

    /// @notice The proof bytes verifyReceipt takes: abi.encode(quote, segments).
    function encodeProof(TaskQuote calldata quote, ReceiptSegment[] calldata segments)
        external
        pure
        returns (bytes memory)
    {
        return abi.encode(quote, segments);
    }

    // ---------------------------------------------------------------- internals

    function _word(bytes calldata b, uint256 i) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, mul(i, 0x20)))
        }
    }

    function _quoteDigest(TaskQuote calldata q) private view returns (bytes32 d) {
        bytes4 sel = Aoraki.quoteDigest.selector;
        address a = address(aoraki);
        bool ok;
        assembly ("memory-safe") {
            let f := mload(0x40)
            mstore(f, sel)
            calldatacopy(add(f, 4), q, mul(QUOTE_WORDS, 0x20))
            ok := staticcall(gas(), a, f, add(4, mul(QUOTE_WORDS, 0x20)), f, 0x20)
            ok := and(ok, eq(returndatasize(), 0x20))
            d := mload(f)
        }
        if (!ok) revert BadParameter("quote");
    }

    /// @dev Whether the quote at the head of proof hashes, under Aoraki's domain, to taskId.
    function _isTask(bytes32 taskId, bytes calldata proof) private view returns (bool ok) {
        bytes4 sel = Aoraki.quoteDigest.selector;
        address a = address(aoraki);
        assembly ("memory-safe") {
            let f := mload(0x40)
            mstore(f, sel)
            calldatacopy(add(f, 4), proof.offset, mul(QUOTE_WORDS, 0x20))
            ok := staticcall(gas(), a, f, add(4, mul(QUOTE_WORDS, 0x20)), f, 0x20)
            ok := and(ok, and(eq(returndatasize(), 0x20), eq(mload(f), taskId)))
        }
    }

    /// @dev Copies a family's key into fresh memory and returns its address.
    function _loadKey(address keys) private view returns (uint256 key) {
        assembly ("memory-safe") {
            key := mload(0x40)
            extcodecopy(keys, key, 1, mul(KEY_WORDS, 0x20))
            mstore(0x40, add(key, mul(KEY_WORDS, 0x20)))
        }
    }

    /// @dev The commitment count of the key at memory key: 2 when K8 (words 38..39) is set, else 1 when K7 (words
    /// 36..37) is, else 0 (registration checked that the words of absent commitments are zero).
    function _commitments(uint256 key) private pure returns (uint256 nc) {
        assembly ("memory-safe") {
            nc := add(iszero(iszero(or(mload(add(key, 0x480)), mload(add(key, 0x4a0))))),
                      iszero(iszero(or(mload(add(key, 0x4c0)), mload(add(key, 0x4e0))))))
        }
    }

    /// @dev Rejects a key with a G1 point off the curve (ECADD checks it) or a G2 point off the curve or outside the
    /// subgroup (the pairing precompile checks it, paired with the G1 point at infinity), or any point at infinity,
    /// except the words of the commitments the key does not have, which must be zero: K8 and the second G·(-sigma)
    /// (words 38..43) without a second commitment (K8 zero), and the Pedersen words (14..21) and K7 (36..37) too
    /// without any (K7 zero).
    function _checkKey(uint256[KEY_WORDS] calldata key) private view {
        uint256 nc = key[38] | key[39] != 0 ? 2 : (key[36] | key[37] != 0 ? 1 : 0);
        // K7 and K8 are zero by the count's definition where absent; the G2 words of absent commitments must be too.
        for (uint256 w = (nc == 0 ? 14 : 40); w < KEY_WORDS && nc < 2; w = (w == 21 ? 40 : w + 1)) {
            if (key[w] != 0) revert InvalidKey(w);
        }
        // G1 points: alpha (word 0), K0..K6 (words 22..35), K7 (36..37) and K8 (38..39) when present.
        for (uint256 w = 0; w < 36 + 2 * nc; w = (w == 0 ? 22 : w + 2)) {
            uint256 x = key[w];
            uint256 y = key[w + 1];
            bool ok;
            assembly ("memory-safe") {
                let f := mload(0x40)
                mstore(f, x)
                mstore(add(f, 0x20), y)
                mstore(add(f, 0x40), 0)
                mstore(add(f, 0x60), 0)
                ok := and(iszero(iszero(or(x, y))), staticcall(gas(), 0x06, f, 0x80, f, 0x40))
            }
            if (!ok) revert InvalidKey(w);
        }
        // G2 points: -beta, -gamma, -delta (words 2..13), G and the first G·(-sigma) (14..21), the second
        // G·(-sigma) (40..43) when present.
        for (uint256 w = 2; w < (nc == 2 ? 44 : (nc == 1 ? 22 : 14)); w = (w == 18 ? 40 : w + 4)) {
            uint256 x1 = key[w];
            uint256 x0 = key[w + 1];
            uint256 y1 = key[w + 2];
            uint256 y0 = key[w + 3];
            bool ok;
            assembly ("memory-safe") {
                let f := mload(0x40)
                mstore(f, 0)
                mstore(add(f, 0x20), 0)
                mstore(add(f, 0x40), x1)
                mstore(add(f, 0x60), x0)
                mstore(add(f, 0x80), y1)
                mstore(add(f, 0xa0), y0)
                ok := and(iszero(iszero(or(or(x1, x0), or(y1, y0)))), staticcall(gas(), 0x08, f, 0xc0, f, 0x20))
                ok := and(ok, eq(mload(f), 1))
            }
            if (!ok) revert InvalidKey(w);
        }
    }

    /// @dev Verifies the seal of the segment at calldata offset seg of task taskId under the key at memory key, which
    /// has nc commitments, as gnark's verifier does. Public inputs (programId, stateIn, stateOut, inputIn, inputOut)
    /// must be reduced; the sixth, binding = keccak256(abi.encode(taskId, prover, price)) mod r, is computed here. The
    /// seal's commitment points must be the key's count: nonzero words for each of its commitments and for the proof
    /// of knowledge, zero words for the rest. Then, with commitments C0 (and C1) and proof of knowledge P:
    /// - none: L = K0 + K1·programId + ... + K6·binding;
    /// - one: e(C0, G·(-sigma0)) · e(P, G) = 1, h0 = keccak256(C0) mod r, L = K0 + C0 + K1·programId + ... + K7·h0;
    /// - two: h0 as above and h1 = keccak256(C1, h0) mod r (the second commitment commits the first's output, so its
    ///   hash covers it); the proof of knowledge is folded with gnark's challenge c = hash_to_field(h0, h1) (RFC 9380,
    ///   expand_message_xmd with SHA-256, DST "G16-BSB22"): e(C0, G·(-sigma0)) · e(c·C1, G·(-sigma1)) · e(P, G) = 1,
    ///   and L = K0 + C0 + C1 + K1·programId + ... + K7·h0 + K8·h1.
    /// Then e(A, B) · e(C, -delta) · e(alpha, -beta) · e(L, -gamma) = 1. A failing precompile means false.
    function _verifySeal(uint256 key, uint256 nc, uint256 seg, bytes32 taskId) private view returns (bool ok) {
        assembly ("memory-safe") {
            // L += K·v, with the accumulator at f and scratch at g; false on a failing precompile.
            function addTerm(f, g, kOff, v) -> res {
                mcopy(g, kOff, 0x40)
                mstore(add(g, 0x40), v)
                if iszero(staticcall(gas(), 0x07, g, 0x60, g, 0x40)) { leave }
                if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                res := 1
            }
            // gnark's folding challenge for hashes h0, h1: fr.Hash(h0 ‖ h1, "G16-BSB22", 1), i.e. the 48 bytes
            // b1 ‖ b2[0:16] of expand_message_xmd (SHA-256) read as an integer mod r, with
            // b0 = H(0^64 ‖ msg ‖ 0x0030 ‖ 0x00 ‖ DST'), b1 = H(b0 ‖ 0x01 ‖ DST'), b2 = H((b0 ^ b1) ‖ 0x02 ‖ DST'),
            // DST' = "G16-BSB22" ‖ 0x09. Scratch at t; done is 0 on a failing precompile.
            function challenge(t, h0, h1) -> c, done {
                mstore(t, 0)
                mstore(add(t, 0x20), 0)
                mstore(add(t, 0x40), h0)
                mstore(add(t, 0x60), h1)
                // 0x0030 ‖ 0x00 ‖ "G16-BSB22" ‖ 0x09: 13 bytes.
                mstore(add(t, 0x80), shl(152, 0x0030004731362d425342323209))
                if iszero(staticcall(gas(), 0x02, t, 0x8d, t, 0x20)) { leave } // b0 at t
                // 0x01 ‖ "G16-BSB22" ‖ 0x09: 11 bytes.
                mstore(add(t, 0x20), shl(168, 0x014731362d425342323209))
                if iszero(staticcall(gas(), 0x02, t, 0x2b, add(t, 0x40), 0x20)) { leave } // b1 at t + 0x40
                let b1 := mload(add(t, 0x40))
                mstore(add(t, 0x60), xor(mload(t), b1))
                mstore(add(t, 0x80), shl(168, 0x024731362d425342323209))
                if iszero(staticcall(gas(), 0x02, add(t, 0x60), 0x2b, add(t, 0x60), 0x20)) { leave } // b2
                c := addmod(mulmod(b1, shl(128, 1), R), shr(128, mload(add(t, 0x60))), R)
                done := 1
            }
            // Each precompile gets all the gas (as in gnark's verifier); on the first failure the check stops,
            // so a bad point costs one failed call, not the transaction.
            function verify(k, n, s, f, task) -> res {
                // Public inputs: words 1..5 of the segment, then the binding.
                for { let i := 1 } lt(i, 6) { i := add(i, 1) } {
                    if iszero(lt(calldataload(add(s, mul(i, 0x20))), R)) { leave }
                }
                // The seal's shape: commitment C0 at 0x200, C1 at 0x240, the proof of knowledge at 0x280.
                let c0 := iszero(or(calldataload(add(s, 0x200)), calldataload(add(s, 0x220))))
                let c1 := iszero(or(calldataload(add(s, 0x240)), calldataload(add(s, 0x260))))
                let pk := iszero(or(calldataload(add(s, 0x280)), calldataload(add(s, 0x2a0))))
                switch n
                case 0 { if iszero(and(and(c0, c1), pk)) { leave } }
                case 1 { if or(or(c0, iszero(c1)), pk) { leave } }
                default { if or(or(c0, c1), pk) { leave } }

                mstore(f, task)
                calldatacopy(add(f, 0x20), add(s, 0xc0), 0x40) // prover, price
                let binding := mod(keccak256(f, 0x60), R)

                // L: accumulator at f, term at g.
                let g := add(f, 0x40)
                switch n
                case 0 {
                    mcopy(f, add(k, 0x2c0), 0x40) // K0, words 22..23
                }
                case 1 {
                    // Proof of knowledge of the commitment.
                    calldatacopy(f, add(s, 0x200), 0x40)
                    mcopy(add(f, 0x40), add(k, 0x240), 0x80) // G·(-sigma0), words 18..21
                    calldatacopy(add(f, 0xc0), add(s, 0x280), 0x40)
                    mcopy(add(f, 0x100), add(k, 0x1c0), 0x80) // G, words 14..17
                    if iszero(staticcall(gas(), 0x08, f, 0x180, f, 0x20)) { leave }
                    if iszero(eq(mload(f), 1)) { leave }
                    // The commitment's public input h0, then K0 + C0 + K7·h0.
                    calldatacopy(f, add(s, 0x200), 0x40)
                    let h0 := mod(keccak256(f, 0x40), R)
                    mcopy(f, add(k, 0x2c0), 0x40) // K0
                    calldatacopy(g, add(s, 0x200), 0x40)
                    if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                    if iszero(addTerm(f, g, add(k, 0x480), h0)) { leave } // K7
                }
                default {
                    // The commitments' public inputs: h0 = keccak(C0), h1 = keccak(C1 ‖ h0).
                    calldatacopy(f, add(s, 0x200), 0x40)
                    let h0 := mod(keccak256(f, 0x40), R)
                    calldatacopy(f, add(s, 0x240), 0x40)
                    mstore(add(f, 0x40), h0)
                    let h1 := mod(keccak256(f, 0x60), R)
                    // The folded proof of knowledge: e(C0, G·(-sigma0)) · e(c·C1, G·(-sigma1)) · e(P, G) = 1.
                    let c, cok := challenge(add(f, 0x240), h0, h1)
                    if iszero(cok) { leave }
                    calldatacopy(f, add(s, 0x240), 0x40)
                    mstore(add(f, 0x40), c)
                    if iszero(staticcall(gas(), 0x07, f, 0x60, add(f, 0xc0), 0x40)) { leave } // c·C1
                    calldatacopy(f, add(s, 0x200), 0x40)
                    mcopy(add(f, 0x40), add(k, 0x240), 0x80) // G·(-sigma0), words 18..21
                    mcopy(add(f, 0x100), add(k, 0x500), 0x80) // G·(-sigma1), words 40..43
                    calldatacopy(add(f, 0x180), add(s, 0x280), 0x40)
                    mcopy(add(f, 0x1c0), add(k, 0x1c0), 0x80) // G, words 14..17
                    if iszero(staticcall(gas(), 0x08, f, 0x240, f, 0x20)) { leave }
                    if iszero(eq(mload(f), 1)) { leave }
                    // K0 + C0 + C1 + K7·h0 + K8·h1.
                    mcopy(f, add(k, 0x2c0), 0x40) // K0
                    calldatacopy(g, add(s, 0x200), 0x40)
                    if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                    calldatacopy(g, add(s, 0x240), 0x40)
                    if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                    if iszero(addTerm(f, g, add(k, 0x480), h0)) { leave } // K7
                    if iszero(addTerm(f, g, add(k, 0x4c0), h1)) { leave } // K8
                }
                // K1..K5 (words 24..33) for the segment's words 1..5, K6 (34..35) for the binding.
                for { let i := 1 } lt(i, 6) { i := add(i, 1) } {
                    if iszero(addTerm(f, g, add(k, add(0x2c0, mul(i, 0x40))), calldataload(add(s, mul(i, 0x20))))) { leave }
                }
                if iszero(addTerm(f, g, add(k, 0x440), binding)) { leave }
                let lx := mload(f)
                let ly := mload(add(f, 0x20))

                // The Groth16 pairing.
                calldatacopy(f, add(s, 0x100), 0x100) // A, B, C
                mcopy(add(f, 0x100), add(k, 0x140), 0x80) // -delta, words 10..13
                mcopy(add(f, 0x180), k, 0x40) // alpha
                mcopy(add(f, 0x1c0), add(k, 0x40), 0x80) // -beta, words 2..5
                mstore(add(f, 0x240), lx)
                mstore(add(f, 0x260), ly)
                mcopy(add(f, 0x280), add(k, 0xc0), 0x80) // -gamma, words 6..9
                if iszero(staticcall(gas(), 0x08, f, 0x300, f, 0x20)) { leave }
                res := eq(mload(f), 1)
            }
            ok := verify(key, nc, seg, mload(0x40), taskId)
        }
    }
}
