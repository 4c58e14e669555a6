package id.praja.shell.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The JSON the API accepts is read strictly, with no guessing: a number is not text and
 * text is not a number ({@code {"title":12345}} and {@code {"version":"3"}} are refused),
 * unknown fields are refused, a missing primitive is not a zero, {@code "NaN"} and
 * infinite numbers are not numbers, and no text may carry a NUL character (PostgreSQL
 * cannot store one). The errors name the field; {@code shell.web.ApiInputErrors} turns
 * them into problem+json in the user's words.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonConfiguration {

	@Bean
	JsonMapperBuilderCustomizer strictJson() {
		SimpleModule strict = new SimpleModule("praja-strict-json");
		strict.addDeserializer(String.class, new StrictText());
		strict.addDeserializer(Double.class, new FiniteNumber<>(Double.class));
		strict.addDeserializer(double.class, new FiniteNumber<>(double.class));
		return builder -> builder
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
					DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
					DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
			.enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
			.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
			.withCoercionConfig(LogicalType.Integer,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Float,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
			.withCoercionConfig(LogicalType.Boolean,
					c -> c.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
						.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
			.addModule(strict);
	}

	/** Text only from a JSON string, and never with a NUL character. */
	static final class StrictText extends StdScalarDeserializer<String> {

		StrictText() {
			super(String.class);
		}

		@Override
		public String deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_STRING)) {
				return (String) context.handleUnexpectedToken(String.class, parser);
			}
			String text = parser.getString();
			if (text.indexOf('\u0000') >= 0) {
				throw new InvalidJsonValue(parser, "contains a NUL character (\\u0000), which no text may contain",
						String.class);
			}
			return text;
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Textual;
		}

	}

	/** A number only from a JSON number, and only a finite one. */
	static final class FiniteNumber<T> extends StdScalarDeserializer<T> {

		private final Class<T> type;

		FiniteNumber(Class<T> type) {
			super(type);
			this.type = type;
		}

		@Override
		@SuppressWarnings("unchecked")
		public T deserialize(JsonParser parser, DeserializationContext context) {
			if (!parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT) && !parser.hasToken(JsonToken.VALUE_NUMBER_INT)) {
				return (T) context.handleUnexpectedToken(this.type, parser);
			}
			double value = parser.getDoubleValue();
			if (!Double.isFinite(value)) {
				throw new InvalidJsonValue(parser, "is not a finite number", this.type);
			}
			return (T) Double.valueOf(value);
		}

		@Override
		public LogicalType logicalType() {
			return LogicalType.Float;
		}

	}

}
