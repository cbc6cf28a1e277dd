// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

import {Aoraki, IReceiptVerifier} from "./Aoraki.sol";
import {TaskQuote} from "./ReceiptVerifier.sol";

/// @title On-chain check of a ZKPool succinct receipt: one Groth16 proof for a whole task.
/// @notice A succinct receipt's proof (prover/aggregate) is the wrap of the root join of a task's aggregation tree:
/// one BN254 Groth16 proof, proven for this verifier (keccak hash-to-field of its BSB22 commitment), whose one public
/// input is the chain digest of the root's statement: the key set of the tree (the family's leaf join key and the
/// node join key), the program, the task (taskId mod r), both ends of the state chain and of the input chain, the
/// binding chain of its segments (each segment's binding keccak256(abi.encode(taskId, prover, price)) mod r,
/// checked against the task in the leaf joins, folded in order with Poseidon2 compression from zero) combined with
/// the bindings of the joins' and the wrap's own provers into the pay word (prover/aggregate.PayWord), and the
/// segment count. This contract rebuilds that statement from the quote, the task, the result, the registered
/// family, the pay word and the count, hashes it with SHA-256 (as the wrap does: a 19-byte prefix, nine
/// 32-byte words and the count as 4 bytes, the digest read mod r; the precompile costs a few hundred gas), and
/// checks the one proof under the family's wrap key. Since the joins check every segment's binding against the
/// task, the payees are not needed here: the pay word only says who is to be paid (the attesting nodes
/// check the payouts against it, as for composite receipts), and the proof's validity for the task does not
/// depend on it.
/// The proof bytes are abi.encode(TaskQuote quote, bytes32 familyId, uint256[12] seal, uint256 bindOut, uint256
/// count) (see encodeProof), 25 words; the seal is gnark's Proof.MarshalSolidity words: A, B (x1, x0, y1, y0),
/// C, the commitment, its proof of knowledge.
/// @dev The cost is one SHA-256 of 311 bytes and one Groth16 check with a commitment, the same for every segment
/// count (see BENCHMARKS.md). Keys are data, as in ReceiptVerifier: each family's wrap key is stored as the
/// runtime code of one data contract.
contract SuccinctVerifier is IReceiptVerifier {
    /// @notice Why a receipt is not valid (Valid when it is).
    enum Verdict {
        Valid,
        Malformed,
        WrongTask,
        Empty,
        UnknownFamily,
        NotCanonical,
        InitialStateUnknown,
        InvalidSeal
    }

    /// @dev A registered family: the data contract holding its wrap key, the key set digest (of its leaf and node
    /// join keys) the statements of its trees name, its fixed initial state and the fixed start of its input chain (zero when the
    /// input chain is the quote's input digest throughout).
    struct Family {
        address keys;
        bytes32 keySet;
        bytes32 initialState;
        bytes32 initialInput;
    }

    error NotOwner(address sender);
    error FamilyExists(bytes32 familyId);
    error InvalidKey(uint256 word);
    error KeyStoreFailed();
    error BadParameter(string name);

    event FamilyRegistered(bytes32 indexed familyId, string name, bytes32 keySet, bytes32 initialState, bytes32 initialInput, address keys);

    /// @notice Words of a join (here: wrap) verifying key: alpha (2); -beta, -gamma, -delta, Pedersen G, Pedersen
    /// G·(-sigma) (4 each, as x1, x0, y1, y0); K0, K1 for the statement digest, K2 for the commitment hash (2 each).
    uint256 public constant JOIN_KEY_WORDS = 28;
    /// @notice The most segments a receipt may have (prover/receipt.MaxSegments).
    uint256 public constant MAX_SEGMENTS = 4096;
    /// @notice The first 19 bytes of every statement's hashed bytes (then nine words and a 4-byte count: 311
    /// bytes, five SHA-256 blocks).
    bytes19 public constant STATEMENT_PREFIX = "zkpool/statement/v2";

    uint256 private constant R = 0x30644e72e131a029b85045b68181585d2833e84879b9709143e1f593f0000001;
    uint256 private constant QUOTE_WORDS = 10;
    uint256 private constant SEAL_WORDS = 12;
    // quote, familyId, seal, the pay word, the segment count.
    uint256 private constant PROOF_WORDS = QUOTE_WORDS + 1 + SEAL_WORDS + 2;

    /// @notice The account allowed to register families.
    address public immutable owner;
    /// @notice The Aoraki contract whose task ids (quote digests) this verifier accepts.
    Aoraki public immutable aoraki;
    /// @notice Registered families by id (keccak256 of the segment family's name).
    mapping(bytes32 => Family) public families;

    constructor(Aoraki aoraki_) {
        if (address(aoraki_).code.length == 0) revert BadParameter("aoraki");
        owner = msg.sender;
        aoraki = aoraki_;
    }

    /// @notice Registers a segment family's succinct receipts (owner only, once per family).
    /// @param name the segment family's name, e.g. "dtree/v2/d6-n32-f4-s64"; its keccak256 is the family id.
    /// @param keySet the key set digest of the family's trees (aggregate.KeySet of its leaf join key's digest and
    /// the node join key's).
    /// @param initialState the state every task of this family starts from (families whose initial state depends
    /// on the input are not accepted here).
    /// @param initialInput the start of every task's input chain, or zero when the chain is the input digest.
    /// @param wrapKey the wrap's key (JOIN_KEY_WORDS words), the one key every succinct receipt's proof is under.
    function registerFamily(
        string calldata name,
        bytes32 keySet,
        bytes32 initialState,
        bytes32 initialInput,
        uint256[JOIN_KEY_WORDS] calldata wrapKey
    ) external returns (bytes32 id) {
        if (msg.sender != owner) revert NotOwner(msg.sender);
        if (bytes(name).length == 0) revert BadParameter("name");
        if (uint256(keySet) >= R) revert BadParameter("keySet");
        if (initialState == 0 || uint256(initialState) >= R) revert BadParameter("initialState");
        if (uint256(initialInput) >= R) revert BadParameter("initialInput");
        id = keccak256(bytes(name));
        if (families[id].keys != address(0)) revert FamilyExists(id);
        _checkKey(wrapKey);
        // Init code: copy the runtime (a STOP byte, then the key) to memory and return it.
        bytes memory init = abi.encodePacked(hex"61", uint16(1 + JOIN_KEY_WORDS * 32), hex"80600c6000396000f300", wrapKey);
        address keys;
        assembly ("memory-safe") {
            keys := create(0, add(init, 0x20), mload(init))
        }
        if (keys == address(0)) revert KeyStoreFailed();
        families[id] = Family({keys: keys, keySet: keySet, initialState: initialState, initialInput: initialInput});
        emit FamilyRegistered(id, name, keySet, initialState, initialInput, keys);
    }

    /// @notice Returns true when proof is a valid succinct receipt of task taskId ending at resultDigest.
    function verifyReceipt(bytes32 taskId, bytes32 resultDigest, bytes calldata proof) external view returns (bool) {
        return check(taskId, resultDigest, proof) == Verdict.Valid;
    }

    /// @notice The verdict on a succinct receipt.
    function check(bytes32 taskId, bytes32 resultDigest, bytes calldata proof) public view returns (Verdict) {
        if (proof.length != PROOF_WORDS * 32) return Verdict.Malformed;
        uint256 n = uint256(_word(proof, PROOF_WORDS - 1));
        if (n > MAX_SEGMENTS) return Verdict.Malformed;
        if (n == 0) return Verdict.Empty;
        if (!_isTask(taskId, proof)) return Verdict.WrongTask;
        Family memory fam = families[_word(proof, QUOTE_WORDS)];
        if (fam.keys == address(0)) return Verdict.UnknownFamily;

        bytes32 inputDigest = _word(proof, 3);
        uint256[] memory st = new uint256[](9);
        st[0] = uint256(fam.keySet);
        st[1] = uint256(_word(proof, 2)); // the quote's program id
        st[2] = uint256(taskId) % R;
        st[3] = uint256(fam.initialState);
        st[4] = uint256(resultDigest);
        st[5] = uint256(fam.initialInput != 0 ? fam.initialInput : inputDigest);
        st[6] = uint256(inputDigest);
        // st[7], where the binding chain starts, is zero.
        st[8] = uint256(_word(proof, PROOF_WORDS - 2)); // the pay word, in its end's place
        if (st[1] >= R || st[4] >= R || st[6] >= R || st[8] >= R) return Verdict.NotCanonical;
        uint256 digest = uint256(sha256(abi.encodePacked(STATEMENT_PREFIX, st, uint32(n)))) % R;
        uint256 key = _loadKey(fam.keys, 0);
        uint256 seal;
        assembly ("memory-safe") {
            seal := add(proof.offset, mul(add(QUOTE_WORDS, 1), 0x20))
        }
        return _verifySeal(key, seal, digest) ? Verdict.Valid : Verdict.InvalidSeal;
    }

    /// @notice The proof bytes verifyReceipt takes: abi.encode(quote, familyId, seal, bindOut, count).
    function encodeProof(TaskQuote calldata quote, bytes32 familyId, uint256[12] calldata seal, uint256 bindOut, uint256 count)
        external
        pure
        returns (bytes memory)
    {
        return abi.encode(quote, familyId, seal, bindOut, count);
    }

    // ---------------------------------------------------------------- internals

    function _word(bytes calldata b, uint256 i) private pure returns (bytes32 w) {
        assembly ("memory-safe") {
            w := calldataload(add(b.offset, mul(i, 0x20)))
        }
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

    /// @dev Copies one join key (at word offset off of the family's data) into fresh memory; returns its address.
    function _loadKey(address keys, uint256 off) private view returns (uint256 key) {
        assembly ("memory-safe") {
            key := mload(0x40)
            extcodecopy(keys, key, add(1, mul(off, 0x20)), mul(JOIN_KEY_WORDS, 0x20))
            mstore(0x40, add(key, mul(JOIN_KEY_WORDS, 0x20)))
        }
    }

    /// @dev Rejects a key with a G1 point off the curve or at infinity (ECADD checks the curve) or a G2 point off the
    /// curve, outside the subgroup or at infinity (the pairing precompile checks it, paired with the G1 point at
    /// infinity). Join keys always have a commitment. A revert names the word.
    function _checkKey(uint256[JOIN_KEY_WORDS] calldata key) private view {
        // G1 points: alpha (word 0), K0..K2 (words 22..27).
        for (uint256 w = 0; w < JOIN_KEY_WORDS; w = (w == 0 ? 22 : w + 2)) {
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
        // G2 points: -beta, -gamma, -delta, G, G·(-sigma) (words 2..21).
        for (uint256 w = 2; w < 22; w += 4) {
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

    /// @dev Verifies the seal at calldata offset seal for the one public input statement under the join key at memory key.
    /// The equations are gnark's exported verifier's: h = keccak256(commitment) mod r, L = K0 + commitment +
    /// K1·digest + K2·h, e(A, B) · e(C, -delta) · e(alpha, -beta) · e(L, -gamma) = 1 and, for the commitment's proof of
    /// knowledge, e(commitment, G·(-sigma)) · e(pok, G) = 1. Both are checked in one pairing call: the second, raised
    /// to a weight rho = keccak256(seal, digest) mod r that the prover cannot choose, times the first must be 1 (if
    /// either product is not 1, a random rho makes the whole 1 with probability 1/r), which saves one pairing call's
    /// base cost and one pair for two scalar multiplications. A failing precompile means false.
    function _verifySeal(uint256 key, uint256 seal, uint256 statement) private view returns (bool ok) {
        assembly ("memory-safe") {
            // L += K·v, with the accumulator at f and scratch at g; false on a failing precompile.
            function addTerm(f, g, kOff, v) -> res {
                mcopy(g, kOff, 0x40)
                mstore(add(g, 0x40), v)
                if iszero(staticcall(gas(), 0x07, g, 0x60, g, 0x40)) { leave }
                if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                res := 1
            }
            function verify(k, s, f, digest) -> res {
                let g := add(f, 0x40)
                // h, then L = K0 + commitment + K1·digest + K2·h (the commitment is seal words 8..9).
                calldatacopy(f, add(s, 0x100), 0x40)
                let h := mod(keccak256(f, 0x40), R)
                mcopy(f, add(k, 0x2c0), 0x40) // K0
                calldatacopy(g, add(s, 0x100), 0x40)
                if iszero(staticcall(gas(), 0x06, f, 0x80, f, 0x40)) { leave }
                if iszero(addTerm(f, g, add(k, 0x300), digest)) { leave } // K1
                if iszero(addTerm(f, g, add(k, 0x340), h)) { leave } // K2
                let lx := mload(f)
                let ly := mload(add(f, 0x20))
                // rho: a weight the prover cannot choose (the seal and the statement hashed), never zero.
                calldatacopy(f, s, 0x180)
                mstore(add(f, 0x180), digest)
                let rho := mod(keccak256(f, 0x1a0), R)
                if iszero(rho) { rho := 1 }
                // Pairs 4 and 5, the proof of knowledge weighted by rho: rho·commitment with G·(-sigma) (words
                // 18..21), rho·pok (seal words 10..11) with G (words 14..17). Scratch at t, past the input.
                let t := add(f, 0x480)
                calldatacopy(t, add(s, 0x100), 0x40)
                mstore(add(t, 0x40), rho)
                if iszero(staticcall(gas(), 0x07, t, 0x60, add(f, 0x300), 0x40)) { leave }
                mcopy(add(f, 0x340), add(k, 0x240), 0x80)
                calldatacopy(t, add(s, 0x140), 0x40)
                mstore(add(t, 0x40), rho)
                if iszero(staticcall(gas(), 0x07, t, 0x60, add(f, 0x3c0), 0x40)) { leave }
                mcopy(add(f, 0x400), add(k, 0x1c0), 0x80)
                // Pairs 0..3, the Groth16 equation.
                calldatacopy(f, s, 0x100) // A, B, C
                mcopy(add(f, 0x100), add(k, 0x140), 0x80) // -delta, words 10..13
                mcopy(add(f, 0x180), k, 0x40) // alpha
                mcopy(add(f, 0x1c0), add(k, 0x40), 0x80) // -beta, words 2..5
                mstore(add(f, 0x240), lx)
                mstore(add(f, 0x260), ly)
                mcopy(add(f, 0x280), add(k, 0xc0), 0x80) // -gamma, words 6..9
                if iszero(staticcall(gas(), 0x08, f, 0x480, f, 0x20)) { leave }
                res := eq(mload(f), 1)
            }
            ok := verify(key, seal, mload(0x40), statement)
        }
    }
}
