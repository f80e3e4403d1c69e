import { BadRequestException, ValidationError, ValidationPipe } from '@nestjs/common';

/**
 * Rejects unknown properties and wrong types with one readable 400 message, for example
 * `"property extra should not exist; name must be a string"`, code `validation_failed`.
 */
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({ whitelist: true, forbidNonWhitelisted: true, transform: true });
  }

  override createExceptionFactory() {
    return (errors: ValidationError[] = []) =>
      new BadRequestException({
        message: this.flattenValidationErrors(errors).join('; '),
        code: 'validation_failed',
      });
  }
}
