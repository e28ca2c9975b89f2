package com.example.users;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps persistence entities to API DTOs.
 *
 * <p>Refactoring notes (behaviour is unchanged):
 * <ul>
 *   <li>{@code UserDto} and {@code AddressDto} were mutable JavaBeans with
 *       setters; they are now records, so a DTO cannot be half-filled.</li>
 *   <li>The three index-based {@code for} loops in {@code toDtos},
 *       {@code activeEmailsByDomain} and {@code indexById} became streams.</li>
 *   <li>Null checks scattered through the old code are centralised in
 *       {@link #toDto(UserEntity, LocalDate)} and {@link #toAddress(AddressEntity)}.</li>
 *   <li>{@code today} is passed in instead of calling {@code LocalDate.now()}
 *       inside the loop, which made the age calculation untestable.</li>
 * </ul>
 */
public final class UserMapper {

    /** Placeholder shown when a user has no display name. */
    static final String UNKNOWN_NAME = "(unnamed)";

    private UserMapper() {
    }

    /** Entity as loaded from the database; fields may be null. */
    public static final class UserEntity {
        Long id;
        String firstName;
        String lastName;
        String email;
        LocalDate birthDate;
        boolean active;
        AddressEntity address;
    }

    /** Address entity; fields may be null. */
    public static final class AddressEntity {
        String street;
        String city;
        String countryCode;
    }

    /** Immutable DTO returned by the API. */
    public record UserDto(long id, String displayName, String email, Integer age, AddressDto address) {
        public UserDto {
            Objects.requireNonNull(displayName, "displayName");
        }
    }

    /** Immutable address DTO. */
    public record AddressDto(String street, String city, String country) {
    }

    /**
     * Converts a single entity.
     *
     * @throws IllegalArgumentException if the entity has no id
     */
    public static UserDto toDto(UserEntity e, LocalDate today) {
        Objects.requireNonNull(e, "entity must not be null");
        Objects.requireNonNull(today, "today must not be null");
        if (e.id == null) {
            throw new IllegalArgumentException("cannot map a user entity without an id");
        }
        Integer age = Optional.ofNullable(e.birthDate)
                .map(b -> Period.between(b, today).getYears())
                .orElse(null);
        return new UserDto(
                e.id,
                displayName(e),
                normaliseEmail(e.email),
                age,
                e.address == null ? null : toAddress(e.address));
    }

    /** Converts a collection of entities, sorted by display name then id. */
    public static List<UserDto> toDtos(Collection<UserEntity> entities, LocalDate today) {
        return entities.stream()
                .filter(Objects::nonNull)
                .map(e -> toDto(e, today))
                .sorted(Comparator.comparing(UserDto::displayName, String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(UserDto::id))
                .collect(Collectors.toList());
    }

    /** Groups the e-mail addresses of active users by their domain. */
    public static Map<String, List<String>> activeEmailsByDomain(Collection<UserEntity> entities) {
        return entities.stream()
                .filter(e -> e != null && e.active)
                .map(e -> normaliseEmail(e.email))
                .filter(email -> email != null && email.contains("@"))
                .collect(Collectors.groupingBy(
                        email -> email.substring(email.indexOf('@') + 1),
                        Collectors.toList()));
    }

    /**
     * Indexes DTOs by id.
     *
     * @throws IllegalStateException if two DTOs share an id
     */
    public static Map<Long, UserDto> indexById(List<UserDto> dtos) {
        return dtos.stream().collect(Collectors.toMap(UserDto::id, Function.identity(), (a, b) -> {
            throw new IllegalStateException("duplicate user id " + a.id());
        }));
    }

    private static String displayName(UserEntity e) {
        String name = Optional.ofNullable(e.firstName).orElse("").trim() + " "
                + Optional.ofNullable(e.lastName).orElse("").trim();
        name = name.trim();
        return name.isEmpty() ? UNKNOWN_NAME : name;
    }

    private static String normaliseEmail(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    private static AddressDto toAddress(AddressEntity a) {
        String country = a.countryCode == null ? null : a.countryCode.toUpperCase(Locale.ROOT);
        return new AddressDto(a.street, a.city, country);
    }
}
